package com.motovaultpro.document;

import com.motovaultpro.vehicle.VehiclePhotos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/** The vehicles' photos, from their documents. */
@ApplicationScoped
public class DocumentPhotos implements VehiclePhotos {

    @Inject
    DocumentRepository documents;

    @Override
    public Map<Long, Long> photoIds(Collection<Long> vehicleIds) {
        return documents.photoIds(vehicleIds);
    }
}
