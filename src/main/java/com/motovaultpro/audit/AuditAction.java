package com.motovaultpro.audit;

/** The security-relevant things the audit log records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    ACCOUNT_PROVISIONED,
    SHARE_INVITED,
    SHARE_ACCEPTED,
    SHARE_DECLINED,
    SHARE_ROLE_CHANGED,
    SHARE_REVOKED,
    SHARE_LEFT,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    SETTING_CHANGED,
    DRIVER_LINK_CREATED,
    DRIVER_LINK_REVOKED,
    DRIVER_LINK_ENTRY,
    DRIVER_LINK_THROTTLED
}
