package dev.moderato.screening.learning;

import java.util.Map;

/**
 * The weights of a model's character n-grams, looked up by a window of the comment's characters. Scoring a comment
 * as strings made a string and a set entry for each of its n-grams, some 60 KB of garbage a comment; this table
 * finds each n-gram where it lies in the text, and remembers the ones seen in a bit set of the scoring thread's.
 * Read-only once built: event loops share it.
 */
final class GramWeights {

    private final char[][] keys;
    private final double[] weights;
    private final int mask;
    private final ThreadLocal<Seen> seen;

    /** The slots one scoring saw, to count each n-gram once and to clear after. */
    private static final class Seen {
        final long[] bits;
        int[] slots = new int[256];

        Seen(int size) {
            bits = new long[(size + 63) / 64];
        }

        boolean first(int slot, int count) {
            long bit = 1L << slot;
            if ((bits[slot >>> 6] & bit) != 0) {
                return false;
            }
            bits[slot >>> 6] |= bit;
            if (count == slots.length) {
                slots = java.util.Arrays.copyOf(slots, count * 2);
            }
            slots[count] = slot;
            return true;
        }

        void clear(int count) {
            for (int i = 0; i < count; i++) {
                bits[slots[i] >>> 6] = 0;
            }
        }
    }

    /** From every feature's weight: those of the n-grams ({@link Features#GRAM}) that weigh anything. */
    GramWeights(Map<String, Double> features) {
        int grams = (int) features.entrySet().stream()
                .filter(feature -> feature.getKey().startsWith(Features.GRAM) && feature.getValue() != 0).count();
        int size = Integer.highestOneBit(Math.max(64, grams * 2) - 1) << 1;
        keys = new char[size][];
        weights = new double[size];
        mask = size - 1;
        features.forEach((feature, weight) -> {
            if (feature.startsWith(Features.GRAM) && weight != 0) {
                char[] key = feature.substring(Features.GRAM.length()).toCharArray();
                int slot = hash(key, 0, key.length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                weights[slot] = weight;
            }
        });
        seen = ThreadLocal.withInitial(() -> new Seen(size));
    }

    /** The sum of the weights of the distinct n-grams (3 to 5 characters) of the text, each counted once. */
    double sum(char[] text) {
        Seen seenHere = seen.get();
        int count = 0;
        double sum = 0;
        try {
            for (int n = Features.MIN_GRAM; n <= Features.MAX_GRAM; n++) {
                for (int i = 0; i + n <= text.length; i++) {
                    int slot = slot(text, i, n);
                    if (slot >= 0 && seenHere.first(slot, count)) {
                        count++;
                        sum += weights[slot];
                    }
                }
            }
        } finally {
            seenHere.clear(count);
        }
        return sum;
    }

    private int slot(char[] text, int from, int length) {
        int slot = hash(text, from, length) & mask;
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (java.util.Arrays.equals(key, 0, key.length, text, from, from + length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int hash(char[] text, int from, int length) {
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + text[i];
        }
        return hash ^ (hash >>> 16);
    }
}
