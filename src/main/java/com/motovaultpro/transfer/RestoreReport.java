package com.motovaultpro.transfer;

import com.motovaultpro.platform.personaldata.PersonalDataPart;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a restore of a personal export added to the caller's account (or would add: a dry run). */
@Schema(name = "RestoreReport")
public record RestoreReport(
        @Schema(description = "true: nothing was stored") boolean dryRun,
        @Schema(description = "Who exported it, and when (from its manifest)") String exportedBy,
        String exportedAt,
        @Schema(description = "New vehicles (ids of this server)") List<Long> vehicles,
        int records, int notes, int reminders, int documents,
        @Schema(description = "Extra fields created (the caller had none of that name for the record type)")
        List<String> extraFieldsCreated,
        @Schema(description = "The parts other features keep of a person (e.g. notifications): what each added and"
                + " left out") List<PartRestored> parts) implements Serializable {

    /** A feature's part: its name, how many items it added, and what it left out (with the reason). */
    @Schema(name = "RestoredPart")
    public record PartRestored(String part, int items, List<PersonalDataPart.LeftOut> leftOut) implements Serializable {

        private static final long serialVersionUID = 1L;

        public PartRestored(String part, PersonalDataPart.Restored restored) {
            this(part, restored.items(), restored.leftOut());
        }
    }
}
