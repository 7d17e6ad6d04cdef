package dev.moderato.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

public record BulkDecisionRequest(
        @NotNull(message = "{decision.action.invalid}")
        @Pattern(regexp = Action.NAMES, message = "{decision.action.invalid}")
        String action,

        @NotNull(message = "{decision.ids.size}")
        @Size(min = 1, max = 500, message = "{decision.ids.size}")
        List<String> ids,

        @Size(max = 500, message = "{decision.reason.size}")
        String reason) {
}
