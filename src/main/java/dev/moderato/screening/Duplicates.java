package dev.moderato.screening;

import dev.moderato.comment.Comment;
import dev.moderato.config.ModeratoConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;

/** The same body from the same email on the same thread, again within the window: a double post. */
@ApplicationScoped
@Priority(800)
public class Duplicates implements Screen {

    private final Duration window;

    Duplicates(ModeratoConfig config) {
        this.window = config.screening().duplicateWindow();
    }

    @Override
    public Verdict check(Candidate candidate) {
        if (window.isZero() || window.isNegative()) {
            return Verdict.PASS;
        }
        var request = candidate.request();
        if (Comment.existsDuplicate(request.thread(), request.email(), request.body(), Instant.now().minus(window))) {
            throw new Rejection(Response.Status.CONFLICT, "duplicate", null);
        }
        return Verdict.PASS;
    }
}
