package com.motovaultpro.document.web;

import com.motovaultpro.document.Document;
import com.motovaultpro.document.DocumentException;
import com.motovaultpro.document.DocumentService;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.vehicle.web.VehicleView;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The documents tab of the vehicle page: the vehicle's files, uploads (with a progress bar; one
 * request per file), downloads and previews through {@code DocumentServlet}, deleting to the trash.
 */
@ViewModel
public class DocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VehicleView vehicleView;

    @Inject
    transient DocumentService documents;

    @Inject
    transient com.motovaultpro.platform.config.AppSettings settings;

    @Inject
    transient com.motovaultpro.document.storage.StorageStatus storageStatus;


    private transient List<Document> list;

    public List<Document> getDocuments() {
        if (list == null) {
            list = documents.list(vehicleView.getVehicleId(), null);
        }
        return list;
    }

    /** The documents attached to one record of this vehicle (the record dialog's list). */
    public List<Document> ofRecord(Long recordId) {
        return recordId == null ? List.of() : documents.list(vehicleView.getVehicleId(), recordId);
    }

    public void upload(FileUploadEvent event) {
        store(event, null);
    }

    /** An upload from a record's dialog: the record is the upload component's {@code recordId} attribute. */
    public void uploadToRecord(FileUploadEvent event) {
        Object recordId = event.getComponent().getAttributes().get("recordId");
        store(event, recordId instanceof Number number ? number.longValue() : null);
    }

    private void store(FileUploadEvent event, Long recordId) {
        try (InputStream content = event.getFile().getInputStream()) {
            Document stored = documents.upload(vehicleView.getVehicleId(), recordId, false, event.getFile().getFileName(), content);
            FacesMessages.info("document.uploaded", stored.getOriginalName());
        } catch (DocumentException e) {
            FacesMessages.error(null, e.messageKey());
        } catch (IOException e) {
            FacesMessages.error(null, "document.problem.STORAGE_UNAVAILABLE");
        }
        list = null;
    }

    public void delete(Document document) {
        try {
            documents.delete(vehicleView.getVehicleId(), document.getId());
            FacesMessages.info("document.deleted", document.getOriginalName());
        } catch (DocumentException e) {
            FacesMessages.error(null, e.messageKey());
        }
        list = null;
    }

    public void usePhoto(Document document) {
        try {
            documents.makePhoto(vehicleView.getVehicleId(), document.getId());
            FacesMessages.info("document.photoSet", document.getOriginalName());
        } catch (DocumentException e) {
            FacesMessages.error(null, e.messageKey());
        }
        list = null;
    }

    /**
     * While storage does not answer, the list still shows (it is in the database), without
     * previews. Asked afresh on every render (StorageStatus keeps the answer for 2 s), so the notice
     * goes away once storage is back, also on AJAX updates of the same view.
     */
    public boolean isStorageUnavailable() {
        return !storageStatus.available();
    }

    /** Where the browser gets a document (inline, or as a download). */
    public String url(Document document, boolean download) {
        return "/vehicles/document?vehicle=" + vehicleView.getVehicleId() + "&id=" + document.getId()
                + (download ? "&download=true" : "");
    }

    /** The upload size limit, for the browser to refuse too large files before sending them. */
    public long getMaxBytes() {
        return settings.documents().maxBytes();
    }

    /** e.g. 1.2 MB, 340 KB, 12 B. */
    public String size(Document document) {
        long bytes = document.getSizeBytes();
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes >= 1024 * 1024) {
            return number.format(bytes / (1024.0 * 1024)) + " MB";
        }
        return bytes >= 1024 ? number.format(bytes / 1024.0) + " KB" : bytes + " B";
    }

    public String getArchiveUrl() {
        return "/vehicles/documents.zip?id=" + vehicleView.getVehicleId();
    }
}
