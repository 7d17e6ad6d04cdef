package dev.moderato.platform.problem;

/** Too many failed sign-ins from one client or for one account: answered 429 with {@code Retry-After}. */
public class SignInThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    public SignInThrottledException(long retryAfterSeconds) {
        super("sign-in throttled", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
