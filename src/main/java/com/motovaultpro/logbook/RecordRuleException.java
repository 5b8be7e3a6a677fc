package com.motovaultpro.logbook;

import com.motovaultpro.platform.api.InvalidParameterException;
import java.util.List;

/**
 * A save refused by a record type's follow-up rule (e.g. a supply short of stock): the field it
 * concerns, an English message for the API, and a message key with arguments for the pages.
 */
public class RecordRuleException extends InvalidParameterException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public RecordRuleException(String field, String message, String messageKey, Object... arguments) {
        super(field, message);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
