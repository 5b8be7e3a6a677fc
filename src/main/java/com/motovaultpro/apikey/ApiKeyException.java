package com.motovaultpro.apikey;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.RefusalReason;
import com.motovaultpro.platform.web.RequestRefusedException;

/** A key request that is refused; nothing was changed. */
public class ApiKeyException extends RequestRefusedException {

    /** Each reason has an API status, the field it concerns (if any) and a message key. */
    public enum Reason implements RefusalReason {
        NAME_REQUIRED(new Refusal(ProblemType.VALIDATION, "name", "a name of 1 to 80 plain characters is required")),
        INVALID_SCOPE(new Refusal(ProblemType.VALIDATION, "scope", "one of VIEWER, EDITOR, MANAGER is required")),
        EXPIRY_IN_PAST(new Refusal(ProblemType.VALIDATION, "expiresAt", "the expiry must lie in the future")),
        NO_SUCH_KEY(new Refusal(ProblemType.NOT_FOUND, null, "you have no API key with this id")),
        KEYS_DO_NOT_MAKE_KEYS(new Refusal(ProblemType.FORBIDDEN, null,
                "API keys are created with the account's password or on the API keys page, not with a key or token")),
        TOO_MANY_KEYS(new Refusal(ProblemType.CONFLICT, null, "you have 25 active API keys: revoke one first"));

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

    public ApiKeyException(Reason reason) {
        super(reason, "apikey.refused.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
