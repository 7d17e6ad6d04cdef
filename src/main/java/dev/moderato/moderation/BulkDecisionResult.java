package dev.moderato.moderation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;

public record BulkDecisionResult(List<Item> results) {

    public record Item(String id, Outcome outcome) {
    }

    public enum Outcome {
        APPLIED, UNCHANGED, CONFLICT, NOT_FOUND;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
