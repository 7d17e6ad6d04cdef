package dev.moderato.dashboard;

import dev.moderato.security.Role;

/** A signed-in moderator of the dashboard: who, with which role, and the token their forms must carry. */
public record Session(String username, String role, String csrf) {

    public boolean isAdmin() {
        return Role.ADMIN.equals(role);
    }

    @Override
    public String toString() {
        return "Session[" + username + ", " + role + "]";
    }
}
