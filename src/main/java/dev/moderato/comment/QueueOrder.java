package dev.moderato.comment;

/** The queue's orders: oldest first, or the spam filter's score highest first (then oldest first, unscored last). */
public enum QueueOrder {
    OLDEST, SCORE
}
