package dev.moderato.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewModerator(
        @NotBlank(message = "{moderator.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "{moderator.username.invalid}")
        String username,

        @NotNull(message = "{moderator.password.size}")
        @Size(min = 12, max = 200, message = "{moderator.password.size}")
        String password,

        @NotNull(message = "{moderator.role.invalid}")
        @Pattern(regexp = Role.MODERATOR + "|" + Role.ADMIN, message = "{moderator.role.invalid}")
        String role) {

    @Override
    public String toString() {
        return "NewModerator[" + username + ", " + role + "]";
    }
}
