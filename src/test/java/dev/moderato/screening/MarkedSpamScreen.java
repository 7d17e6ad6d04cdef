package dev.moderato.screening;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * A check only tests have: JSON submissions carry no honeypot or form token, so without it no
 * built-in check can make one spam. Inert unless {@code moderato-tests.spam-mark} is set
 * ({@link ScreeningSettingsProfile} sets it); then a body holding the mark is spam.
 *
 * <p>Not a CDI alternative: an enabled alternative would push every other {@link Screen} out of
 * {@code Screening}'s {@code @All} list, and the tests would screen with this check alone.
 */
@ApplicationScoped
public class MarkedSpamScreen implements Screen {

    static final String PROPERTY = "moderato-tests.spam-mark";
    static final String MARK = "[spam-for-tests]";

    private final Optional<String> mark;

    MarkedSpamScreen(@ConfigProperty(name = PROPERTY) Optional<String> mark) {
        this.mark = mark;
    }

    @Override
    public Verdict check(Candidate candidate) {
        return mark.isPresent() && candidate.body().contains(mark.get())
                ? Verdict.spam("marked_for_tests", "The body holds the tests' spam mark.")
                : Verdict.PASS;
    }
}
