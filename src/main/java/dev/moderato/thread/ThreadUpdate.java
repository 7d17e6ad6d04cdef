package dev.moderato.thread;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record ThreadUpdate(
        @NotNull(message = "{thread.open.required}")
        Boolean open,

        @NotNull(message = "{thread.mode.invalid}")
        @Pattern(regexp = ThreadMode.NAMES, message = "{thread.mode.invalid}")
        String mode) {
}
