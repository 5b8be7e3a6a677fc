package com.motovaultpro.sharing;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.RefusalReason;
import com.motovaultpro.platform.web.RequestRefusedException;

/** A sharing change that is refused, with a reason the person can act on. Nothing was changed. */
public class SharingException extends RequestRefusedException {

    /** Each reason has an API status, the field it concerns (if any) and a message key. */
    public enum Reason implements RefusalReason {
        NO_SUCH_USER(new Refusal(ProblemType.VALIDATION, "user", "no account has this user name or e-mail address")),
        OWNS_VEHICLE(new Refusal(ProblemType.VALIDATION, "user", "this person owns the vehicle")),
        INVALID_ROLE(new Refusal(ProblemType.VALIDATION, "role", "one of VIEWER, EDITOR, MANAGER is required")),
        ALREADY_SHARED(new Refusal(ProblemType.CONFLICT, null, "this person already collaborates on the vehicle or is invited")),
        NO_SUCH_COLLABORATOR(new Refusal(ProblemType.NOT_FOUND, null, "this person does not collaborate on the vehicle")),
        NO_SUCH_INVITATION(new Refusal(ProblemType.NOT_FOUND, null, "there is no open invitation to this vehicle")),
        NOT_MANAGER(new Refusal(ProblemType.FORBIDDEN, null, "only the owner and managers change a vehicle's sharing")),
        OWN_ROLE(new Refusal(ProblemType.FORBIDDEN, null, "nobody changes their own role")),
        MANAGER_ONLY_BY_OWNER(new Refusal(ProblemType.FORBIDDEN, null, "only the owner makes someone a manager")),
        TARGET_IS_MANAGER(new Refusal(ProblemType.FORBIDDEN, null, "only the owner changes or removes a manager")),
        OWNER_CANNOT_LEAVE(new Refusal(ProblemType.FORBIDDEN, null, "the owner cannot leave their own vehicle"));

        private final Refusal refusal;

        Reason(Refusal refusal) {
            this.refusal = refusal;
        }

        @Override
        public Refusal refusal() {
            return refusal;
        }

        static Reason of(SharingRules.Refusal refusal) {
            return valueOf(refusal.name());
        }
    }

    private final Reason reason;

    public SharingException(Reason reason) {
        super(reason, "sharing.problem.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
