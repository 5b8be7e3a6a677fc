package com.motovaultpro.document;

import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.vehicle.VehiclePhotos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vehicles' photos, from their documents; which document is a vehicle's photo is kept in the
 * cache under the vehicle's generation (documents and the records they belong to are
 * {@link VehicleScoped}), so the garage asks the database only after a vehicle changed.
 */
@ApplicationScoped
public class DocumentPhotos implements VehiclePhotos {

    /** A vehicle's photo document, or none ({@code documentId} null), as cached. */
    record Photo(Long documentId) implements Serializable {
    }

    @Inject
    DocumentRepository documents;

    @Inject
    TwoLevelCache cache;

    @Override
    public Map<Long, Long> photoIds(Collection<Long> vehicleIds) {
        Map<Long, Long> photos = new HashMap<>();
        for (long vehicleId : vehicleIds) {
            Photo photo = cache.get(CacheName.GARAGE, List.of(VehicleScoped.scopeOf(vehicleId)), "photo", Photo.class,
                    () -> new Photo(documents.photoIds(List.of(vehicleId)).get(vehicleId)));
            if (photo.documentId() != null) {
                photos.put(vehicleId, photo.documentId());
            }
        }
        return photos;
    }
}
