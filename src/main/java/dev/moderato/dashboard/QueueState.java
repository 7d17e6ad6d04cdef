package dev.moderato.dashboard;

import dev.moderato.moderation.QueueGlance;

import java.util.List;

/** The queue page's view now, for its script: the ids it would show, and the shown comments that changed meanwhile. */
public record QueueState(long total, boolean totalExact, QueueGlance glance, List<String> ids, List<Changed> changed) {

    /** A shown comment decided, edited ({@code version} its new one) or deleted ({@code status} "deleted") meanwhile. */
    public record Changed(String id, String status, String decidedBy, long version) {
    }
}
