package dev.moderato.security;

/** The two roles; an administrator can do everything a moderator can. */
public final class Role {

    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
