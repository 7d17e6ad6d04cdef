package dev.moderato.submission;

import org.hibernate.id.uuid.UuidVersion7Strategy;

import java.util.UUID;

/** Ids for rows the comment writer inserts itself: the same UUIDv7 generator the entities use. */
final class Ids {

    private Ids() {
    }

    static UUID next() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
