package dev.moderato.publication;

import dev.moderato.platform.http.Compressed;
import dev.moderato.platform.http.EntityTags;

import java.util.Locale;

/**
 * A {@link ThreadPage} serialised and compressed once, with its entity tag: a digest of the JSON
 * ({@link EntityTags#of}), the same on every replica. A page holding an erased comment is also
 * serialised in French ({@code "Anonyme"}); {@code french} is null when that would be the same bytes.
 */
record PublishedPage(Compressed json, String etag, PublishedPage french) {

    static PublishedPage of(byte[] json) {
        return new PublishedPage(Compressed.of(json), EntityTags.of(json), null);
    }

    /** The page as a reader of this language sees it. */
    PublishedPage in(Locale language) {
        return french != null && Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? french : this;
    }

    /** The bytes held, both languages and every coding counted. */
    int weight() {
        return json.weight() + (french == null ? 0 : french.json.weight());
    }

    PublishedPage withFrench(byte[] frenchJson) {
        return new PublishedPage(json, etag, of(frenchJson));
    }
}
