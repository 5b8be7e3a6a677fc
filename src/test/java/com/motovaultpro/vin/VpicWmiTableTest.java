package com.motovaultpro.vin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresh step, on a dump of vPIC's shape: COPY blocks of wmi, make, wmi_make and vehicletype. */
class VpicWmiTableTest {

    private static final String DUMP = """
            --
            -- PostgreSQL database dump
            --
            COPY vpic.country (id, name) FROM stdin;
            1\tGERMANY
            \\.
            COPY vpic.make (id, name) FROM stdin;
            452\tBMW
            449\tMercedes-Benz
            500\tTRAILCO
            501\tGrand  Touring\\tCoupe
            \\.
            COPY vpic.vehicletype (id, name) FROM stdin;
            1\tMotorcycle
            2\tPassenger Car
            6\tTrailer
            \\.
            COPY vpic.wmi (id, wmi, manufacturerid, vehicletypeid, publicavailabilitydate, noncompliant) FROM stdin;
            10\tWBA\t966\t2\t2015-01-01 00:00:00\tf
            11\tWB1\t972\t1\t2015-01-01 00:00:00\tf
            12\t1R9123\t1\t2\t2015-01-01 00:00:00\tf
            13\tTRA\t1\t6\t2015-01-01 00:00:00\tf
            14\tWDD\t1\t2\t\\N\tf
            15\tWDB\t1\t2\t2099-01-01 00:00:00\tf
            16\tZZZ\t1\t2\t2020-05-01 00:00:00\tf
            \\.
            COPY vpic.wmi_make (wmiid, makeid) FROM stdin;
            10\t452
            11\t452
            12\t449
            13\t500
            14\t449
            15\t449
            16\t501
            16\t449
            \\.
            """;

    @TempDir
    Path directory;

    @Test
    void keepsPublishedThreeCharacterWmisOfLogbookVehiclesWithEveryMake() throws IOException {
        Path dump = zip("vPICList_lite_2026_09.plain.zip", DUMP);
        Path table = directory.resolve("wmi.tsv");

        int rows = VpicWmiTable.build(dump, table, LocalDate.of(2026, 12, 8));

        List<String> lines = Files.readAllLines(table);
        assertEquals(List.of(
                "#source\tNHTSA vPIC vPICList_lite_2026_09",
                "WB1\tBMW\tMOTORCYCLE",
                "WBA\tBMW\tPASSENGER_CAR",
                "ZZZ\tGRAND TOURING COUPE\tPASSENGER_CAR",
                "ZZZ\tMERCEDES-BENZ\tPASSENGER_CAR"),
                lines.stream().filter(l -> !l.startsWith("# ")).toList());
        assertEquals(4, rows);
        try (Reader reader = Files.newBufferedReader(table)) {
            WmiTable parsed = WmiTable.parse(reader);
            assertEquals("NHTSA vPIC vPICList_lite_2026_09", parsed.source());
            assertEquals(List.of(new WmiTable.Assignment("Grand Touring Coupe", VehicleKind.PASSENGER_CAR),
                    new WmiTable.Assignment("Mercedes-Benz", VehicleKind.PASSENGER_CAR)), parsed.assignments("ZZZ"));
        }
    }

    @Test
    void aDumpWithoutTheWmiTablesIsRefused() throws IOException {
        Path dump = zip("vPICList_lite_2026_09.plain.zip", "COPY vpic.make (id, name) FROM stdin;\n1\tBMW\n\\.\n");
        assertThrows(IOException.class, () -> VpicWmiTable.build(dump, directory.resolve("wmi.tsv"), LocalDate.now()));
    }

    @Test
    void anUnterminatedCopyBlockIsRefused() throws IOException {
        Path dump = zip("vPICList_lite_2026_09.plain.zip", "COPY vpic.make (id, name) FROM stdin;\n1\tBMW\n");
        assertThrows(IOException.class, () -> VpicWmiTable.build(dump, directory.resolve("wmi.tsv"), LocalDate.now()));
    }

    private Path zip(String name, String sql) throws IOException {
        Path zip = directory.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(name.replace(".plain.zip", ".sql")));
            out.write(sql.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
