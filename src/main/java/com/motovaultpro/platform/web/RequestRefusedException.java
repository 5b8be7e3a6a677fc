package com.motovaultpro.platform.web;

/**
 * A request refused for a reason the person can act on; nothing was changed. The API answers
 * with the reason's problem document ({@link RequestRefusedExceptionMapper}), a page shows the
 * message under {@code keyPrefix + reason} ({@link PageExceptionHandler}).
 */
public abstract class RequestRefusedException extends RuntimeException implements RefusedAction {

    private final RefusalReason reason;
    private final String keyPrefix;

    protected RequestRefusedException(RefusalReason reason, String keyPrefix) {
        super(reason.detail(), null, false, false);
        this.reason = reason;
        this.keyPrefix = keyPrefix;
    }

    public RefusalReason refusal() {
        return reason;
    }

    @Override
    public String messageKey() {
        return keyPrefix + reason.name();
    }
}
