package com.motovaultpro.document;

import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * All documents of a vehicle as one zip, written straight to the response one file after the
 * other: memory use does not grow with the number or size of the documents.
 */
@ApplicationScoped
public class DocumentArchive {

    @Inject
    VehicleService vehicles;

    @Inject
    DocumentService documents;

    /** A zip ready to be written; the caller's access was checked when it was made. */
    public record Archive(String fileName, List<Document> entries, DocumentService source) {

        public void writeTo(OutputStream out) throws IOException {
            Set<String> names = new HashSet<>();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Document document : entries) {
                    zip.putNextEntry(new ZipEntry(unique(document.getOriginalName(), names)));
                    try (InputStream in = source.open(document)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
    }

    public Archive of(long vehicleId) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.READ);
        String base = FileNames.sanitise(vehicle.getIdentifier() + " documents").replace(' ', '-');
        return new Archive(base + ".zip", documents.list(vehicleId, null), documents);
    }

    /** "receipt.pdf", then "receipt (2).pdf", … : every entry keeps its name, none overwrites another. */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }
}
