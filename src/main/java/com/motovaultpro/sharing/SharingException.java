package com.motovaultpro.sharing;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.RefusalReason;
import com.motovaultpro.platform.web.RequestRefusedException;

/** A sharing change that is refused, with a reason the person can act on. Nothing was changed. */
public class SharingException extends RequestRefusedException {

    /** Each reason has an API status, the field it concerns (if any) and a message key. */
    public enum Reason implements RefusalReason {
        NO_SUCH_USER(ProblemType.VALIDATION, "user", "no account has this user name or e-mail address"),
        OWNS_VEHICLE(ProblemType.VALIDATION, "user", "this person owns the vehicle"),
        INVALID_ROLE(ProblemType.VALIDATION, "role", "one of VIEWER, EDITOR, MANAGER is required"),
        ALREADY_SHARED(ProblemType.CONFLICT, null, "this person already collaborates on the vehicle or is invited"),
        NO_SUCH_COLLABORATOR(ProblemType.NOT_FOUND, null, "this person does not collaborate on the vehicle"),
        NO_SUCH_INVITATION(ProblemType.NOT_FOUND, null, "there is no open invitation to this vehicle"),
        NOT_MANAGER(ProblemType.FORBIDDEN, null, "only the owner and managers change a vehicle's sharing"),
        OWN_ROLE(ProblemType.FORBIDDEN, null, "nobody changes their own role"),
        MANAGER_ONLY_BY_OWNER(ProblemType.FORBIDDEN, null, "only the owner makes someone a manager"),
        TARGET_IS_MANAGER(ProblemType.FORBIDDEN, null, "only the owner changes or removes a manager"),
        OWNER_CANNOT_LEAVE(ProblemType.FORBIDDEN, null, "the owner cannot leave their own vehicle");

        private final ProblemType type;
        private final String field;
        private final String detail;

        Reason(ProblemType type, String field, String detail) {
            this.type = type;
            this.field = field;
            this.detail = detail;
        }

        @Override
        public ProblemType type() {
            return type;
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public String detail() {
            return detail;
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
