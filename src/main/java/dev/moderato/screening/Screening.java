package dev.moderato.screening;

import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Reason;
import dev.moderato.thread.ThreadMode;
import dev.moderato.platform.config.ModeratoConfig;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every {@link Screen} in order and decides where the submission goes: spam if any check
 * says spam; pending if any check holds it, or the thread is moderated before publication
 * (unless its author is trusted); published at once otherwise.
 */
@ApplicationScoped
public class Screening {

    private final List<Screen> screens;
    private final ModeratoConfig config;
    private final TrustedAuthors trustedAuthors;

    Screening(@All List<Screen> screens, ModeratoConfig config, TrustedAuthors trustedAuthors) {
        this.screens = screens; // @All sorts by @Priority, highest first
        this.config = config;
        this.trustedAuthors = trustedAuthors;
    }

    /** Whether {@link #screen} works from memory alone, so that it may run on an event loop. */
    public boolean worksFromMemory() {
        return !config.screening().trustedAuthors();
    }

    /** Screens a submission; a {@link Rejection} refuses it outright. Works from memory, but for trusted authors. */
    public ScreeningResult screen(Candidate candidate) {
        List<Reason> reasons = new ArrayList<>();
        boolean spam = false;
        Double score = null;
        for (Screen screen : screens) {
            Verdict verdict = screen.check(candidate);
            if (verdict.score() != null) {
                score = verdict.score();
            }
            if (verdict.kind() != Verdict.Kind.PASS) {
                reasons.add(new Reason(verdict.code(), verdict.detail()));
                spam |= verdict.kind() == Verdict.Kind.SPAM;
            }
        }
        if (spam) {
            return new ScreeningResult(CommentStatus.SPAM, reasons, "spam", score);
        }
        if (!reasons.isEmpty()) {
            return new ScreeningResult(CommentStatus.PENDING, reasons, "held", score);
        }
        return new ScreeningResult(publishedAtOnce(candidate) ? CommentStatus.APPROVED : CommentStatus.PENDING,
                reasons, "accepted", score);
    }

    private boolean publishedAtOnce(Candidate candidate) {
        if (candidate.thread().mode() == ThreadMode.POST) {
            return true;
        }
        return config.screening().trustedAuthors()
                && trustedAuthors.isTrusted(candidate.email());
    }
}
