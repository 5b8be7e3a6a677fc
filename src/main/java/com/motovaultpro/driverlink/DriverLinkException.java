package com.motovaultpro.driverlink;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.RefusalReason;
import com.motovaultpro.platform.web.RequestRefusedException;

/** A driver-link request that is refused; nothing was changed. */
public class DriverLinkException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    /** Each reason has an API status, the field it concerns (if any) and a message key. */
    public enum Reason implements RefusalReason {
        LABEL_REQUIRED(new Refusal(ProblemType.VALIDATION, "label",
                "a label of 1 to " + DriverLink.LABEL_MAX + " plain characters is required")),
        EXPIRY_IN_PAST(new Refusal(ProblemType.VALIDATION, "expiresAt", "the expiry must lie in the future")),
        NO_SUCH_LINK(new Refusal(ProblemType.NOT_FOUND, null, "the vehicle has no driver link with this id")),
        TOO_MANY_LINKS(new Refusal(ProblemType.CONFLICT, null,
                "the vehicle has " + DriverLinkService.MAX_ACTIVE_LINKS + " working driver links: revoke one first")),
        VEHICLE_SOLD(new Refusal(ProblemType.CONFLICT, null, "the vehicle is sold: it takes no new entries")),
        TOO_MANY_ENTRIES(new Refusal(ProblemType.TOO_MANY_REQUESTS, null,
                "too many entries through this link: try again later"));

        private final Refusal refusal;

        Reason(Refusal refusal) {
            this.refusal = refusal;
        }

        @Override
        public Refusal refusal() {
            return refusal;
        }
    }

    private final Reason reason;

    public DriverLinkException(Reason reason) {
        super(reason, "driverlink.refused.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
