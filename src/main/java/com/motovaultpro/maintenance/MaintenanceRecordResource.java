package com.motovaultpro.maintenance;

import com.motovaultpro.logbook.RecordResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A vehicle's services, repairs and upgrades: one resource for the three kinds, which share
 * their shape. Another user's vehicle or record answers 404.
 */
@Path("/vehicles/{vehicleId}/{kind: service|repair|upgrade}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service, repair and upgrade")
public class MaintenanceRecordResource
        extends RecordResource<MaintenanceRecord, MaintenanceRecordRequest, MaintenanceRecordResponse> {

    @PathParam("kind")
    @Parameter(description = "service, repair or upgrade")
    String kindSegment;

    private MaintenanceKind kind() {
        return MaintenanceKind.ofSegment(kindSegment).orElseThrow(NotFoundException::new);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Class<MaintenanceRecord> type() {
        return (Class<MaintenanceRecord>) kind().entity();
    }

    @Override
    protected MaintenanceRecord details(MaintenanceRecordRequest request) {
        return request.toDetails(kind());
    }

    @Override
    protected MaintenanceRecordResponse response(MaintenanceRecord record) {
        return MaintenanceRecordResponse.of(record);
    }
}
