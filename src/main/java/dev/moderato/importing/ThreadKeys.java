package dev.moderato.importing;

import java.util.Locale;

/** Which of a post's names becomes its thread's key: {@code ?threads=id|path|url}. */
enum ThreadKeys {
    /** WordPress's post id; for Disqus the thread's own {@code <id>} when it has one, else its link's path. */
    ID,
    /** The path of the post's link. */
    PATH,
    /** The post's whole link. */
    URL;

    /** The choice named in a request; none means each format's default ({@code id} for WordPress, {@code path} for Disqus). */
    static ThreadKeys parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ImportRefused("threads must be id, path or url.");
        }
    }
}
