package com.motovaultpro.transfer.web;

import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.transfer.CsvFileException;
import com.motovaultpro.transfer.CsvImports;
import com.motovaultpro.transfer.ImportReport;
import com.motovaultpro.transfer.ImportableType;
import com.motovaultpro.transfer.LocaleParameter;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import com.motovaultpro.vehicle.VehicleReadOnlyException;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * vehicles/import.xhtml: a CSV file of one record type checked and previewed (nothing stored), then
 * imported, all or nothing or the valid rows only. The page keeps no file: the browser sends the
 * chosen file with each button (preview, import), so any replica can answer either request.
 */
@ViewModel
public class VehicleImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VehicleService vehicles;

    @Inject
    transient CsvImports imports;

    private String idParameter;
    private String typeParameter;
    private Long vehicleId;
    private String vehicleName;
    private ImportableType type = ImportableType.FUEL;
    private String locale;
    private boolean validOnly;
    private boolean skipExisting = true;
    private transient UploadedFile file;
    private ImportReport report;
    private boolean mayDefineExtraFields;

    /** Before the page renders: the vehicle must be the caller's to edit records of (404 / 403 otherwise). */
    public void load() throws IOException {
        if (vehicleId != null) {
            return;
        }
        try {
            long id = Long.parseLong(String.valueOf(idParameter).trim());
            Vehicle vehicle = vehicles.get(id, Permission.EDIT_RECORDS);
            vehicleId = id;
            vehicleName = vehicle.getIdentifier();
            mayDefineExtraFields = imports.mayDefineExtraFields(vehicle);
            type = ImportableType.ofSegment(String.valueOf(typeParameter)).orElse(ImportableType.FUEL);
            locale = imports.defaultLocale().toLanguageTag();
        } catch (NumberFormatException | VehicleNotFoundException e) {
            sendError(404);
        } catch (VehicleAccessDeniedException e) {
            sendError(403);
        } catch (VehicleReadOnlyException e) {
            sendError(403); // sold: nothing can be imported until a manager reopens its records
        }
    }

    /** Checks the chosen file and shows what an import would store; stores nothing. */
    public void preview() {
        run(true);
    }

    /**
     * Creates the extra fields the last preview found missing (as optional text fields), then checks
     * the chosen file again.
     */
    public void createExtraFields() {
        List<String> missing = report == null ? List.of() : report.missingExtraFields();
        try {
            List<String> created = imports.createExtraFields(vehicleId, type, missing);
            FacesMessages.info("import.extraFields.created", String.join(", ", created));
        } catch (VehicleAccessDeniedException | VehicleNotFoundException e) {
            FacesMessages.error(null, "import.extraFields.notOwner");
            return;
        } catch (InvalidFieldsException | ConstraintViolationException e) {
            FacesMessages.error(null, "import.extraFields.invalid", String.join(", ", missing));
            return;
        }
        run(true);
    }

    /** Imports the chosen file; on success back to the record type's tab. */
    public String importFile() {
        ImportReport done = run(false);
        if (done == null || done.dryRun()) {
            if (done != null) {
                FacesMessages.error(null, "import.refused", done.errors().size());
            }
            return null;
        }
        FacesMessages.infoAfterRedirect("import.done", done.stored(), done.skipped());
        return "/vehicles/view.xhtml?faces-redirect=true&id=" + vehicleId + "&tab=" + type.segment();
    }

    private ImportReport run(boolean dryRun) {
        report = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("importForm:file", "import.file.required");
            return null;
        }
        if (file.getSize() > imports.maxBytes()) {
            FacesMessages.error("importForm:file", "import.file.tooLarge", imports.maxBytes() / (1024 * 1024));
            return null;
        }
        Optional<Locale> chosen;
        try {
            chosen = LocaleParameter.of(locale);
        } catch (InvalidParameterException e) {
            FacesMessages.error("importForm:locale", "import.locale.invalid");
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            report = imports.importFile(vehicleId, type, content, validOnly ? CsvImports.Mode.VALID : CsvImports.Mode.ALL,
                    dryRun, chosen, skipExisting);
            return report;
        } catch (CsvFileException | IOException e) {
            FacesMessages.error("importForm:file", "import.file.unreadable", e.getMessage());
        } catch (VehicleNotFoundException | VehicleAccessDeniedException e) {
            FacesMessages.error(null, "import.vehicleGone");
        }
        return null;
    }

    public List<ImportableType> getTypes() {
        return Arrays.asList(ImportableType.values());
    }

    /** Locales offered for reading dates and numbers (the person's own is preselected). */
    public List<String> getLocales() {
        return List.of("en-US", "en-GB", "de-DE", "fr-FR", "nl-NL", "es-ES", "it-IT", "sv-SE");
    }

    private static void sendError(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getTypeParameter() {
        return typeParameter;
    }

    public void setTypeParameter(String typeParameter) {
        this.typeParameter = typeParameter;
    }

    public Long getVehicleId() {
        return vehicleId;
    }

    public String getVehicleName() {
        return vehicleName;
    }

    public ImportableType getType() {
        return type;
    }

    /** A different record type makes the last report another type's: it goes. */
    public void setType(ImportableType type) {
        if (type != this.type) {
            this.report = null;
        }
        this.type = type;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isValidOnly() {
        return validOnly;
    }

    public void setValidOnly(boolean validOnly) {
        this.validOnly = validOnly;
    }

    public boolean isSkipExisting() {
        return skipExisting;
    }

    public void setSkipExisting(boolean skipExisting) {
        this.skipExisting = skipExisting;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }

    /** Whether the caller may create the missing extra fields (the vehicle's owner). */
    public boolean isMayDefineExtraFields() {
        return mayDefineExtraFields;
    }

    /** The report's missing extra fields, for one line of text. */
    public String getMissingExtraFields() {
        return report == null ? "" : String.join(", ", report.missingExtraFields());
    }

    /** The report's ignored headers, for one line of text. */
    public String getIgnoredColumns() {
        return report == null ? "" : String.join(", ", report.ignoredColumns());
    }
}
