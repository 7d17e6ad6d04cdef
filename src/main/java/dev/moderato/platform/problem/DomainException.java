package dev.moderato.platform.problem;

import java.util.Locale;
import java.util.Optional;

/**
 * A failure in the domain's own words: what was asked for is not there, conflicts with what is, was
 * read at a version that moved on, comes too often, or cannot be served right now. Services throw it;
 * the problem mappers alone decide what it is in HTTP.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        NOT_FOUND, CONFLICT, STALE, THROTTLED, UNAVAILABLE, UNSTORABLE
    }

    /** How long a client waits before it tries a store that could not take its write. */
    public static final long RETRY_UNAVAILABLE_SECONDS = 5;

    private final Kind kind;
    private final Long retryAfterSeconds;

    protected DomainException(Kind kind, String detail, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, detail, null);
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail, null);
    }

    /** The client's copy is older than what is stored: it reads again before it changes anything. */
    public static DomainException stale(String detail) {
        return new DomainException(Kind.STALE, detail, null);
    }

    /** The store cannot take a write now; nothing was kept, and the same request may succeed later. */
    public static DomainException unavailable() {
        return new DomainException(Kind.UNAVAILABLE, "The service cannot store comments right now; try again shortly.",
                RETRY_UNAVAILABLE_SECONDS);
    }

    /** What was sent passed every check here, yet the database refuses to store it: retrying will not help. */
    public static DomainException unstorable() {
        return new DomainException(Kind.UNSTORABLE, "The comment could not be stored as sent.", null);
    }

    public Kind kind() {
        return kind;
    }

    /** When waiting helps: how long, in seconds. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** The sentence the client reads; a subclass with translations answers in the reader's language. */
    public String detail(Locale locale) {
        return getMessage();
    }
}
