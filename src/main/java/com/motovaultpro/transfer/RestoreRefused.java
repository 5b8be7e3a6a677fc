package com.motovaultpro.transfer;

import com.motovaultpro.platform.logging.CorrelationId;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.ProblemType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The problem document of a restore that stored nothing: each problem with the file (and line) it is in. */
@Schema(name = "RestoreRefused")
public record RestoreRefused(String type, String title, int status, String detail, String correlationId,
                             List<Problem> errors) {

    /** One reason, in a file of the zip ({@code line} 0: the whole file). */
    public record Problem(String file, long line, String message) {
    }

    /** Thrown inside a restore: ends it, nothing stored. */
    public static final class Refusal extends RuntimeException {
        private final transient List<Problem> problems;

        public Refusal(String detail, List<Problem> problems) {
            super(detail, null, false, false);
            this.problems = List.copyOf(problems);
        }

        public Refusal(String file, String message) {
            this("The export cannot be restored: " + file + ": " + message, List.of(new Problem(file, 0, message)));
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    static Response response(Refusal refused) {
        ProblemType problem = ProblemType.RESTORE_REFUSED;
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE)
                .entity(new RestoreRefused(problem.uri(), problem.title(), problem.status().getStatusCode(),
                        refused.getMessage(), CorrelationId.current().orElse(null), refused.problems())).build();
    }
}
