package dev.moderato.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An account's new role. */
public record RoleChange(
        @NotNull(message = "{moderator.role.invalid}")
        @Pattern(regexp = Role.MODERATOR + "|" + Role.ADMIN, message = "{moderator.role.invalid}")
        String role) {
}
