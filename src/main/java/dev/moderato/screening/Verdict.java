package dev.moderato.screening;

/** What one check thinks of a submission, and why; the learning spam filter's also carries its score (else null). */
public record Verdict(Kind kind, String code, String detail, Double score) {

    public enum Kind {
        /** Nothing to say. */
        PASS,
        /** Keep it pending for a moderator, whatever the thread's mode. */
        HOLD,
        /** Store it as spam; the client is answered exactly as for any other comment. */
        SPAM
    }

    public static final Verdict PASS = new Verdict(Kind.PASS, null, null, null);

    public static Verdict hold(String code, String detail) {
        return new Verdict(Kind.HOLD, code, detail, null);
    }

    public static Verdict spam(String code, String detail) {
        return new Verdict(Kind.SPAM, code, detail, null);
    }

    /** This verdict, with the score that led to it. */
    public Verdict scored(double score) {
        return new Verdict(kind, code, detail, score);
    }
}
