package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.ContentRules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * The posts the writer stored within the duplicate window, by what makes two posts the same (thread,
 * email and body), oldest first and at most {@link #MAX_REMEMBERED}: how a repeat is found without an
 * index on email, which every new comment would have to join at a random place. Only the writer's
 * thread uses it. A post found here is a duplicate only if the database still holds the earlier
 * comment inside the window ({@link Duplicates}).
 *
 * <p>Kept in arrays allocated once, not in a map of objects: in a burst each post is remembered
 * for a few seconds, long enough for its entry to be promoted to the old generation and die there.
 * A map of ~5 objects a post drove G1 into a marking cycle every second under a burst, and the
 * arrays into none (docs/memory.md). The posts sit in a ring in the order remembered; an
 * open-addressing table (linear probing) finds a fingerprint's slot.
 */
final class RecentPosts {

    /** 5 MB of arrays; covers the default window of an hour up to ~27 new comments a second. */
    static final int MAX_REMEMBERED = 100_000;
    /** Table size, a power of two over twice the ring, so that probes stay short. */
    private static final int TABLE_SIZE = Integer.highestOneBit(MAX_REMEMBERED * 2) << 1;
    private static final int EMPTY = -1;

    /**
     * 128 bits of SHA-256 over a post's thread, email and body, each as {@link ContentRules} compares them: the
     * same post typed again with the address in capitals, a doubled space or a zero-width space is the same post.
     */
    record Fingerprint(long high, long low) {

        static Fingerprint of(Comment comment) {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible); // every JDK has SHA-256
            }
            for (String part : new String[] {ContentRules.sameThread(comment.thread), emailKeyOf(comment),
                    ContentRules.sameText(comment.body)}) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
            return new Fingerprint(digest.getLong(), digest.getLong());
        }
    }

    /** An erased comment has no address: it is the same post as no other. */
    private static String emailKeyOf(Comment comment) {
        return comment.email == null ? "" : ContentRules.emailKey(comment.email);
    }

    record Earlier(UUID id, Instant createdAt) {
    }

    private final Duration window;
    // The ring, slot by slot: a post's fingerprint, comment id and creation time (nanoseconds since the epoch).
    private final long[] fingerprintHigh = new long[MAX_REMEMBERED];
    private final long[] fingerprintLow = new long[MAX_REMEMBERED];
    private final long[] idHigh = new long[MAX_REMEMBERED];
    private final long[] idLow = new long[MAX_REMEMBERED];
    private final long[] createdNanos = new long[MAX_REMEMBERED];
    /** Ring slots by fingerprint; {@link #EMPTY} where none. */
    private final int[] table = new int[TABLE_SIZE];
    private int oldest;
    /** Slots in use, from {@link #oldest} on; a slot whose post was remembered again later no longer counts in {@link #size}. */
    private int used;
    private int size;

    RecentPosts(Duration window) {
        this.window = window;
        Arrays.fill(table, EMPTY);
    }

    /** The earlier post with this fingerprint, if one was stored within the window before {@code now}. */
    Earlier find(Fingerprint fingerprint, Instant now) {
        int position = positionOf(fingerprint.high(), fingerprint.low());
        if (position < 0) {
            return null;
        }
        int slot = table[position];
        Instant createdAt = Instant.ofEpochSecond(0, createdNanos[slot]);
        return createdAt.isAfter(now.minus(window)) ? new Earlier(new UUID(idHigh[slot], idLow[slot]), createdAt) : null;
    }

    /** Remembers the post as the youngest, forgetting those out of the window and, past the limit, the oldest. */
    void remember(Fingerprint fingerprint, Comment comment) {
        int known = positionOf(fingerprint.high(), fingerprint.low());
        if (known >= 0) {
            unindex(known); // its old slot stays in the ring, no longer found, until the ring passes it
        }
        long horizon = nanos(comment.createdAt.minus(window));
        while (used > 0 && (used == MAX_REMEMBERED || createdNanos[oldest] <= horizon)) {
            forgetOldest();
        }
        int slot = (oldest + used) % MAX_REMEMBERED;
        fingerprintHigh[slot] = fingerprint.high();
        fingerprintLow[slot] = fingerprint.low();
        idHigh[slot] = comment.id.getMostSignificantBits();
        idLow[slot] = comment.id.getLeastSignificantBits();
        createdNanos[slot] = nanos(comment.createdAt);
        used++;
        size++;
        int position = home(fingerprint.low());
        while (table[position] != EMPTY) {
            position = next(position);
        }
        table[position] = slot;
    }

    /** How many posts it would find now, at most {@link #MAX_REMEMBERED}. */
    int size() {
        return size;
    }

    private void forgetOldest() {
        int position = positionOf(fingerprintHigh[oldest], fingerprintLow[oldest]);
        if (position >= 0 && table[position] == oldest) {
            unindex(position);
        }
        oldest = (oldest + 1) % MAX_REMEMBERED;
        used--;
    }

    /** Where the table holds the slot of the fingerprint {@code high, low}, or -1. */
    private int positionOf(long high, long low) {
        for (int position = home(low); table[position] != EMPTY; position = next(position)) {
            int slot = table[position];
            if (fingerprintLow[slot] == low && fingerprintHigh[slot] == high) {
                return position;
            }
        }
        return -1;
    }

    /**
     * Takes the post at this table position out of the table, so it is no longer found, and moves
     * back the entries after it that probing would no longer reach (linear probing's deletion: no
     * tombstones to slow later probes).
     */
    private void unindex(int emptied) {
        table[emptied] = EMPTY;
        size--;
        int gap = emptied;
        for (int position = next(emptied); table[position] != EMPTY; position = next(position)) {
            int slot = table[position];
            int home = home(fingerprintLow[slot]);
            // The entry may fill the gap unless its home lies cyclically after the gap, up to its position.
            if (((position - home) & (TABLE_SIZE - 1)) >= ((position - gap) & (TABLE_SIZE - 1))) {
                table[gap] = slot;
                table[position] = EMPTY;
                gap = position;
            }
        }
    }

    /** A fingerprint's first position in the table: SHA-256 bits are already uniform. */
    private static int home(long fingerprintLow) {
        return (int) fingerprintLow & (TABLE_SIZE - 1);
    }

    private static int next(int position) {
        return (position + 1) & (TABLE_SIZE - 1);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
