package dev.moderato.moderation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.util.Locale;

/**
 * A decision by filter and its progress: {@code matched} pending comments matched when it was asked for;
 * {@code applied} of them are decided so far, {@code skipped} were decided by someone else or deleted meanwhile.
 * Only comments created before {@code createdAt} are decided: a spam wave still arriving waits for a look.
 */
public record DecisionJob(String id, String action, String reason, DecisionJobRequest.Filter filter, String actor,
                          State state, long matched, long applied, long skipped, Instant createdAt, Instant finishedAt) {

    public enum State {
        RUNNING, DONE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
