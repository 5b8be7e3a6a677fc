package com.motovaultpro.vehicle;

import java.util.Collection;
import java.util.Map;

/** Which vehicles have a photo (the document feature keeps them); for the garage tiles. */
public interface VehiclePhotos {

    /** Vehicle id → the id of its photo document, for those of {@code vehicleIds} that have one. */
    Map<Long, Long> photoIds(Collection<Long> vehicleIds);
}
