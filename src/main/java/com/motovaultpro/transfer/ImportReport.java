package com.motovaultpro.transfer;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did, or would do (a dry run): how many rows the file has, how many pass, how many
 * were stored, every refused row with its line, column and reason, the rows the vehicle already
 * has, the headers that were ignored, the first rows as they are (or would be) saved, written
 * as the export writes them, and warnings that do not refuse a row.
 */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "fuel, service, repair, upgrade, tax, supply, odometer or plan") String type,
        @Schema(description = "true: nothing was stored (a dry run, or an all-or-nothing import with errors)")
        boolean dryRun,
        @Schema(description = "all (nothing stored if any row is refused) or valid (the valid rows stored)") String mode,
        @Schema(description = "Rows in the file (the header not counted)") int rows,
        @Schema(description = "Rows that pass every check") int valid,
        @Schema(description = "Rows stored by this request") int stored,
        @Schema(description = "Why rows are refused, in file order (at most " + ImportReport.MAX_ERRORS + ")")
        List<RowError> errors,
        @Schema(description = "Lines of rows the vehicle already has (the same file imported before), at most "
                + ImportReport.MAX_ERRORS) List<Long> alreadyPresent,
        @Schema(description = "Rows left out because the vehicle already has them (existing=skip)") int skipped,
        @Schema(description = "Headers the file has that name no column (ignored)") List<String> ignoredColumns,
        @Schema(description = "The columns of the preview rows") List<String> columns,
        @Schema(description = "The first valid rows (at most " + ImportReport.MAX_PREVIEW + ") as they are saved")
        List<PreviewRow> preview,
        @Schema(description = "Rows worth a look that are imported all the same, e.g. where the file's FuelEconomy"
                + " disagrees with ours (at most " + ImportReport.MAX_ERRORS + ")") List<RowError> warnings,
        @Schema(description = "Extra fields the file names (extrafield_<Name>) that the vehicle's owner has not defined"
                + " for this record type: rows with a value for one are refused until it exists")
        List<String> missingExtraFields)
        implements Serializable {

    public static final int MAX_ERRORS = 1000;
    public static final int MAX_PREVIEW = 200;

    /** One row as it is saved: its line in the file and its values in {@link #columns} order. */
    public record PreviewRow(long line, List<String> values) implements Serializable {
    }
}
