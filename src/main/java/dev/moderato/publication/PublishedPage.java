package dev.moderato.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A {@link ThreadPage} serialised once, with its entity tag. The tag is a digest of the bytes,
 * not a counter, so every replica gives the same tag to the same content and a reader's cached
 * copy stays valid whichever replica answers next. A page holding an erased comment is also
 * serialised in French ({@code "Anonyme"}); {@code french} is null when that would be the same bytes.
 */
record PublishedPage(byte[] json, String etag, PublishedPage french) {

    /** The page as a reader of this language sees it. */
    PublishedPage in(Locale language) {
        return french != null && Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? french : this;
    }

    /** The bytes held, both languages counted. */
    int weight() {
        return json.length + (french == null ? 0 : french.json.length);
    }

    PublishedPage withFrench(byte[] frenchJson) {
        return new PublishedPage(json, etag, of(frenchJson));
    }


    /** 128 bits of SHA-256: collisions are out of reach, and the header stays short. */
    private static final int TAG_BYTES = 16;

    static PublishedPage of(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return new PublishedPage(json, '"' + HexFormat.of().formatHex(digest, 0, TAG_BYTES) + '"', null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
