package com.motovaultpro.transfer.web;

import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.transfer.PersonalRestore;
import com.motovaultpro.transfer.RestoreRefused;
import com.motovaultpro.transfer.RestoreReport;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Settings, "Your data": restores a personal export (a zip this or another MotoVaultPro server
 * made) into the signed-in account — checked first ("check only"), or restored; shows what was
 * added, or every reason nothing was.
 */
@ViewModel
public class PersonalRestoreView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalRestore restore;

    private transient UploadedFile file;
    private boolean checkOnly;
    private RestoreReport report;
    private List<RestoreRefused.Problem> problems = List.of();

    public void restore() {
        report = null;
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("restoreForm:restoreFile", "restore.file.required");
            return;
        }
        if (file.getSize() > restore.maxBytes()) {
            FacesMessages.error("restoreForm:restoreFile", "restore.file.tooLarge", restore.maxBytes() / (1024 * 1024));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            report = restore.restore(content, checkOnly);
            FacesMessages.info(report.dryRun() ? "restore.checked" : "restore.done", report.vehicles().size(),
                    report.records(), report.documents());
        } catch (RestoreRefused.Refusal e) {
            problems = e.problems();
            FacesMessages.error(null, "restore.refused", e.problems().size());
        } catch (IOException e) {
            FacesMessages.error("restoreForm:restoreFile", "restore.file.unreadable", e.getMessage());
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isCheckOnly() {
        return checkOnly;
    }

    public void setCheckOnly(boolean checkOnly) {
        this.checkOnly = checkOnly;
    }

    public RestoreReport getReport() {
        return report;
    }

    public List<RestoreRefused.Problem> getProblems() {
        return problems;
    }
}
