package com.motovaultpro.platform.security;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.RefusalReason;
import com.motovaultpro.platform.web.RequestRefusedException;

/** The API key the request came with is scoped below what it tried (403); nothing was changed. */
public class KeyScopeException extends RequestRefusedException {

    /** The one reason, as a refusal. */
    public enum Reason implements RefusalReason {
        BEYOND_SCOPE(new Refusal(ProblemType.FORBIDDEN, null, "this API key's scope does not allow this"));

        private final Refusal refusal;

        Reason(Refusal refusal) {
            this.refusal = refusal;
        }

        @Override
        public Refusal refusal() {
            return refusal;
        }
    }

    public KeyScopeException() {
        super(Reason.BEYOND_SCOPE, "apikey.scope.");
    }
}
