package dev.moderato.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record DecisionRequest(
        @NotNull(message = "{decision.action.invalid}")
        @Pattern(regexp = Action.NAMES, message = "{decision.action.invalid}")
        String action,

        @Size(max = 500, message = "{decision.reason.size}")
        String reason) {
}
