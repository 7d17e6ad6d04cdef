package dev.moderato.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A {@link ThreadPage} serialised once, with its entity tag. The tag is a digest of the bytes,
 * not a counter, so every replica gives the same tag to the same content and a reader's cached
 * copy stays valid whichever replica answers next.
 */
record PublishedPage(byte[] json, String etag) {

    /** 128 bits of SHA-256: collisions are out of reach, and the header stays short. */
    private static final int TAG_BYTES = 16;

    static PublishedPage of(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return new PublishedPage(json, '"' + HexFormat.of().formatHex(digest, 0, TAG_BYTES) + '"');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
