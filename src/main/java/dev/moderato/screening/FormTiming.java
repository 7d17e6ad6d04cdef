package dev.moderato.screening;

import dev.moderato.platform.config.ModeratoConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;

/**
 * The form token a submission carries: forged, or posted faster than a person writes, is spam; expired, posted a
 * second time, or missing where the configuration requires one, holds the comment for a moderator (a reader who
 * left the page open overnight or posted again after an error is not a bot).
 */
@ApplicationScoped
@Priority(650)
public class FormTiming implements Screen {

    private final FormTokens tokens;
    private final SpentTokens spent;
    private final ModeratoConfig.Screening settings;

    FormTiming(FormTokens tokens, SpentTokens spent, ModeratoConfig config) {
        this.tokens = tokens;
        this.spent = spent;
        this.settings = config.screening();
    }

    @Override
    public Verdict check(Candidate candidate) {
        String token = candidate.formToken();
        if (token == null || token.isBlank()) {
            return settings.requireFormToken()
                    ? Verdict.hold("no_token", "The form carried no token.")
                    : Verdict.PASS;
        }
        Optional<FormTokens.Issued> issued = tokens.read(token.strip());
        if (issued.isEmpty()) {
            return Verdict.spam("bad_token", "The form token is not one Moderato issued.");
        }
        Duration age = issued.get().age();
        if (age.compareTo(settings.minFormTime()) < 0) {
            return Verdict.spam("too_fast", "Posted " + age.toMillis() + " ms after the form was shown.");
        }
        if (age.compareTo(settings.formTokenLifetime()) > 0) {
            return Verdict.hold("token_expired", "Posted " + age.toMinutes() + " minutes after the form was shown.");
        }
        if (!spent.spend(issued.get().nonce())) {
            return Verdict.hold("token_reused", "The form token was posted before.");
        }
        return Verdict.PASS;
    }
}
