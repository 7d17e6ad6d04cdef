package dev.moderato.importing;

/** The exports Moderato reads, by the name their comments' sources are stored under. */
public enum ImportFormat {
    WORDPRESS("wordpress"), DISQUS("disqus");

    private final String key;

    ImportFormat(String key) {
        this.key = key;
    }

    /** How the format is named in a report and in {@code comment_source}. */
    public String key() {
        return key;
    }
}
