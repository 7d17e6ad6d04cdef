package dev.moderato.security;

import java.util.Set;

/** A moderator account, a row of {@code moderator}. The password is only ever held as a bcrypt hash. */
public class Moderator {

    public String username;

    public String passwordHash;

    public String role;

    /** The roles this account acts with: an admin is a moderator too. */
    public Set<String> roles() {
        return Role.ADMIN.equals(role) ? Set.of(Role.ADMIN, Role.MODERATOR) : Set.of(Role.MODERATOR);
    }

    @Override
    public String toString() {
        return "Moderator[" + username + ", " + role + "]";
    }
}
