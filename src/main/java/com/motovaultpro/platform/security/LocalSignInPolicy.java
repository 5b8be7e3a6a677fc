package com.motovaultpro.platform.security;

/** Whether user name and password sign-ins are allowed (an administrator can make SSO the only way in). */
public interface LocalSignInPolicy {

    boolean localSignInAllowed();
}
