package dev.moderato.publication;

import dev.moderato.platform.http.Compressed;
import dev.moderato.platform.http.EntityTags;

/**
 * A {@link ThreadPage} serialised and compressed once, with its entity tag: a digest of the JSON
 * ({@link EntityTags#of}), the same on every replica.
 */
record PublishedPage(Compressed json, String etag) {

    static PublishedPage of(byte[] json) {
        return new PublishedPage(Compressed.of(json), EntityTags.of(json));
    }
}
