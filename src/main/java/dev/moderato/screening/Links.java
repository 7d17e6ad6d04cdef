package dev.moderato.screening;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.publication.BodyRenderer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

/** Many links in one comment is how link spam looks: a person decides. */
@ApplicationScoped
@Priority(500)
public class Links implements Screen {

    private final int maxLinks;

    Links(ModeratoConfig config) {
        this.maxLinks = config.screening().maxLinks();
    }

    @Override
    public Verdict check(Candidate candidate) {
        int links = BodyRenderer.countLinks(candidate.body());
        return links > maxLinks
                ? Verdict.hold("too_many_links", "Links: " + links + "; more than " + maxLinks + " need a moderator's review.")
                : Verdict.PASS;
    }
}
