package dev.moderato.dashboard;

/** No session, or one that ended: the browser goes to the sign-in page, and back to {@code returnTo} after. */
class SignInRequired extends RuntimeException {

    final String returnTo;

    SignInRequired(String returnTo) {
        super("sign-in required", null, false, false);
        this.returnTo = returnTo;
    }
}
