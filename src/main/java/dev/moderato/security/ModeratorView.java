package dev.moderato.security;

/** An account as the admin API shows it: never the password or its hash. */
public record ModeratorView(String username, String role) {

    static ModeratorView of(Moderator moderator) {
        return new ModeratorView(moderator.username, moderator.role);
    }
}
