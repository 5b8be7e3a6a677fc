package com.motovaultpro.platform.web;

import jakarta.ws.rs.core.Response.Status;

/** The stable problem types the API returns; clients may switch on {@link #uri()}. */
public enum ProblemType {
    VALIDATION(Status.BAD_REQUEST, "validation", "The request has invalid fields"),
    MALFORMED(Status.BAD_REQUEST, "malformed-request", "The request body could not be read"),
    IMPORT_REFUSED(Status.BAD_REQUEST, "import-refused", "The file cannot be imported as it is"),
    RESTORE_REFUSED(Status.BAD_REQUEST, "restore-refused", "The export cannot be restored as it is"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated", "Authentication is required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "This action is not allowed"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "No such resource"),
    CONFLICT(Status.CONFLICT, "conflict", "The request conflicts with the current state"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported content type"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "The request is too large"),
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "service-unavailable", "A service this needs is unavailable"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side");

    private final Status status;
    private final String slug;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return "urn:motovaultpro:problem:" + slug;
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }
}
