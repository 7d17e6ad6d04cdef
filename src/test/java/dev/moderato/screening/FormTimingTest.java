package dev.moderato.screening;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.support.PlainConfig;
import dev.moderato.support.TestClock;
import dev.moderato.thread.ThreadMode;
import dev.moderato.thread.ThreadView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The form-token check on its own, under the default settings (3 s minimum, 24 h lifetime) and a clock the test moves. */
class FormTimingTest {

    private static final Duration MIN_FORM_TIME = Duration.ofSeconds(3);
    private static final Duration LIFETIME = Duration.ofHours(24);

    private final TestClock clock = new TestClock();
    private FormTokens tokens;

    @BeforeEach
    void stopTheClock() {
        clock.stop();
        tokens = new FormTokens("a key only these tests know".getBytes(StandardCharsets.UTF_8), clock);
    }

    private FormTiming timing(Map<String, String> settings) {
        ModeratoConfig config = PlainConfig.of(settings);
        return new FormTiming(tokens, new SpentTokens(config, clock), config);
    }

    private FormTiming timing() {
        return timing(Map.of());
    }

    private static Candidate posting(String token) {
        return new Candidate("Ada", "ada@example.org", null, "A remark.",
                new ThreadView("t", true, ThreadMode.PRE, null), "203.0.113.9", "a browser", null, token);
    }

    @Test
    void tokenPostedWithinItsLifetimePasses() {
        FormTiming timing = timing();
        String token = tokens.issue();
        clock.advance(LIFETIME);

        assertEquals(Verdict.PASS, timing.check(posting(token)));
    }

    @Test
    void tokenPostedAfterItsLifetimeHoldsTheComment() {
        FormTiming timing = timing();
        String token = tokens.issue();
        clock.advance(LIFETIME.plusMillis(1));

        assertEquals(Verdict.hold("token_expired", "Posted 1440 minutes after the form was shown."),
                timing.check(posting(token)));
    }

    @Test
    void tokenPostedASecondTimeHoldsTheSecondComment() {
        FormTiming timing = timing();
        String token = tokens.issue();
        clock.advance(MIN_FORM_TIME);

        assertEquals(Verdict.PASS, timing.check(posting(token)));
        assertEquals(Verdict.hold("token_reused", "The form token was posted before."), timing.check(posting(token)));
        clock.advance(Duration.ofHours(1));
        assertEquals(Verdict.hold("token_reused", "The form token was posted before."), timing.check(posting(" " + token + " ")));
    }

    @Test
    void eachTokenIsSpentOnItsOwn() {
        FormTiming timing = timing();
        String first = tokens.issue();
        String second = tokens.issue();
        clock.advance(MIN_FORM_TIME);

        assertEquals(Verdict.PASS, timing.check(posting(first)));
        assertEquals(Verdict.PASS, timing.check(posting(second)));
    }

    @Test
    void tokenPostedTooFastIsSpamAndStillCountsAsSpentOnlyOnceItPasses() {
        FormTiming timing = timing();
        String token = tokens.issue();

        assertEquals(Verdict.Kind.SPAM, timing.check(posting(token)).kind());
        clock.advance(MIN_FORM_TIME);
        assertEquals(Verdict.PASS, timing.check(posting(token)));
    }

    @Test
    void missingTokenPassesUnlessTheConfigurationRequiresOne() {
        FormTiming optional = timing();
        FormTiming required = timing(Map.of("moderato.screening.require-form-token", "true"));

        assertEquals(Verdict.PASS, optional.check(posting(null)));
        assertEquals(Verdict.PASS, optional.check(posting(" ")));
        assertEquals(Verdict.hold("no_token", "The form carried no token."), required.check(posting(null)));
        assertEquals(Verdict.hold("no_token", "The form carried no token."), required.check(posting("")));
    }

    @Test
    void lifetimeFollowsTheConfiguration() {
        FormTiming timing = timing(Map.of("moderato.screening.form-token-lifetime", "2h"));
        String token = tokens.issue();
        clock.advance(Duration.ofHours(2).plusSeconds(1));

        assertEquals(Verdict.Kind.HOLD, timing.check(posting(token)).kind());
        assertEquals("token_expired", timing.check(posting(token)).code());
    }
}
