package dev.moderato.screening;

import dev.moderato.platform.i18n.Messages;
import dev.moderato.platform.problem.DomainException;

import java.util.Locale;

/** A submission refused before it is stored: the client is told why, in its language, and nothing is kept. */
public class Rejection extends DomainException {

    private final String outcome;
    private final Long retryAfterSeconds;

    private Rejection(Kind kind, String outcome, Long retryAfterSeconds) {
        super(kind, outcome, retryAfterSeconds);
        this.outcome = outcome;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The thread takes no more comments. */
    public static Rejection closed() {
        return new Rejection(Kind.CONFLICT, "closed", null);
    }

    /** The same post is stored already: a double click, or a resend. */
    public static Rejection duplicate() {
        return new Rejection(Kind.CONFLICT, "duplicate", null);
    }

    public static Rejection rateLimited(long retryAfterSeconds) {
        return new Rejection(Kind.THROTTLED, "rate_limited", retryAfterSeconds);
    }

    /** What {@code moderato_submissions_total} counts it as, and the key {@code screening.<outcome>} of its sentence. */
    public String outcome() {
        return outcome;
    }

    @Override
    public String detail(Locale locale) {
        return retryAfterSeconds == null ? Messages.get("screening." + outcome, locale)
                : Messages.get("screening." + outcome, locale, retryAfterSeconds);
    }
}
