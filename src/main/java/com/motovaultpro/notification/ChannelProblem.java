package com.motovaultpro.notification;

import com.motovaultpro.platform.web.ProblemDetail;

/**
 * Why a channel cannot be set up as entered, per field: a code the page shows from the bundle
 * ({@code notify.problem.<code>}, with the detail as argument), and the same in English for the API.
 */
public record ChannelProblem(String field, Code code, String detail) {

    /** The kinds of problem, with their English text for the API. */
    public enum Code {
        KIND_UNKNOWN("Choose one of EMAIL, WEBHOOK, NTFY, GOTIFY"),
        EMAIL_UNAVAILABLE("E-mail is not set up on this server"),
        NAME_REQUIRED("A name of 1 to 80 characters is required"),
        EVENT_UNKNOWN("Unknown event"),
        TARGET_REQUIRED("An e-mail address or a URL of up to 2000 characters is required"),
        NOT_AN_ADDRESS("Not an e-mail address"),
        NOT_A_URL("Not a URL"),
        DESTINATION_REFUSED("Notifications cannot be sent there"),
        TOKEN_REQUIRED("A Gotify application token is required"),
        TOKEN_INVALID("A token is up to 200 visible ASCII characters"),
        SECRET_INVALID("A webhook secret is whsec_ followed by 32 to 120 letters, digits, - or _");

        private final String english;

        Code(String english) {
            this.english = english;
        }
    }

    ChannelProblem(String field, Code code) {
        this(field, code, null);
    }

    ProblemDetail.FieldError fieldError() {
        return new ProblemDetail.FieldError(field, detail == null ? code.english : code.english + ": " + detail);
    }
}
