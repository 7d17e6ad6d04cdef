package dev.moderato.thread;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** {@code pre}: every comment waits for a moderator; {@code post}: published unless screening holds it. */
public enum ThreadMode {
    PRE, POST;

    static final String NAMES = "pre|post";

    public static ThreadMode of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
