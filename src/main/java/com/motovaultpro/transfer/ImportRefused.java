package com.motovaultpro.transfer;

import com.motovaultpro.platform.logging.CorrelationId;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.ProblemType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The problem document of an import that stored nothing because of its rows (or a file that is
 * not CSV at all): the usual problem fields, every refused row as {@code {line, column, message}},
 * and the report of what the import found.
 */
@Schema(name = "ImportRefused")
public record ImportRefused(String type, String title, int status, String detail, String correlationId,
                            List<RowError> errors, ImportReport report) {

    static Response response(String detail, List<RowError> errors, ImportReport report) {
        ProblemType problem = ProblemType.IMPORT_REFUSED;
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE)
                .entity(new ImportRefused(problem.uri(), problem.title(), problem.status().getStatusCode(), detail,
                        CorrelationId.current().orElse(null), errors, report)).build();
    }
}
