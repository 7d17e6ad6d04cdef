package dev.moderato.moderation;

import dev.moderato.comment.QueueOrder;
import dev.moderato.comment.QueuePosition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A queue page's {@code next}: the position after its last comment, as an opaque URL-safe text. It carries its
 * order, so it continues the listing it came from. Not signed: a made-up one only starts a listing elsewhere.
 */
public final class QueueCursor {

    /** The shape of a cursor, checked before it is decoded. */
    public static final String SHAPE = "[A-Za-z0-9_-]{1,200}";

    private QueueCursor() {
    }

    public static String encode(QueuePosition position) {
        String text = (position.order() == QueueOrder.SCORE ? "s" : "o") + "~"
                + (position.score() == null ? "" : Double.toString(position.score())) + "~"
                + position.createdAt() + "~" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position, or empty when the text is no cursor this service gave. */
    public static Optional<QueuePosition> decode(String cursor) {
        if (cursor == null || !cursor.matches(SHAPE)) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("~", -1);
            if (parts.length != 4 || !(parts[0].equals("o") || parts[0].equals("s"))) {
                return Optional.empty();
            }
            QueueOrder order = parts[0].equals("s") ? QueueOrder.SCORE : QueueOrder.OLDEST;
            Double score = parts[1].isEmpty() ? null : Double.valueOf(parts[1]);
            if (score != null && (score.isNaN() || score.isInfinite()) || order == QueueOrder.OLDEST && score != null) {
                return Optional.empty();
            }
            return Optional.of(new QueuePosition(order, score, Instant.parse(parts[2]), UUID.fromString(parts[3])));
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }
}
