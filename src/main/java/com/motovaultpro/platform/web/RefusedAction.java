package com.motovaultpro.platform.web;

/**
 * An exception that means "you may not do this" rather than "something broke": a page shows its
 * message instead of an error page (see {@link PageExceptionHandler}).
 */
public interface RefusedAction {

    /** The message bundle key of the text shown to the person. */
    String messageKey();
}
