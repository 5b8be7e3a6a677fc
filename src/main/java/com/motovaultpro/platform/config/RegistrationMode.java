package com.motovaultpro.platform.config;

/** Who may create a local account once the first (admin) account exists. */
public enum RegistrationMode {
    /** Anyone who reaches the sign-up page. */
    OPEN,
    /** Nobody; an administrator opens registration when needed. */
    CLOSED
}
