package com.motovaultpro.account;

import com.motovaultpro.platform.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person fills in to create a local account. */
public record Registration(
        @NotBlank(message = "{account.username.required}")
        @Size(min = 3, max = 64, message = "{account.username.size}")
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{account.username.pattern}")
        String username,
        @Size(max = 120, message = "{account.displayName.size}")
        @PlainText
        String displayName,
        @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.size}")
        String email,
        @NotBlank(message = "{account.password.required}")
        @Size(min = 10, max = 200, message = "{account.password.size}")
        String password) {

    /** The e-mail address as stored: trimmed, null when none was given. */
    public String normalizedEmail() {
        return email == null || email.isBlank() ? null : email.trim();
    }
}
