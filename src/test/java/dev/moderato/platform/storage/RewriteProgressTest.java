package dev.moderato.platform.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the H2 housekeeping gives up rewriting an idle store that its rewrite no longer makes fuller. */
class RewriteProgressTest {

    @Test
    void theFirstRunRewrites() {
        assertTrue(new RewriteProgress().worthRewriting(40, 7));
    }

    @Test
    void anIdleStoreMadeFullerIsRewrittenAgain() {
        RewriteProgress progress = new RewriteProgress();
        progress.ran(40, 5, 12);

        assertTrue(progress.worthRewriting(70, 12));
    }

    @Test
    void anIdleStoreNoFullerAfterARewriteIsLeftAlone() {
        RewriteProgress progress = new RewriteProgress();
        progress.ran(70, 3, 12);

        assertFalse(progress.worthRewriting(70, 12));
        assertFalse(progress.worthRewriting(70, 12), "still idle, still nothing to gain");
    }

    @Test
    void anyWriteEndsTheStall() {
        RewriteProgress progress = new RewriteProgress();
        progress.ran(70, 3, 12);
        assertFalse(progress.worthRewriting(70, 12));

        assertTrue(progress.worthRewriting(60, 13));
    }

    @Test
    void aRunThatRewroteNothingIsNoStall() {
        RewriteProgress progress = new RewriteProgress();
        progress.ran(70, 0, 12);

        assertTrue(progress.worthRewriting(70, 12), "the writer was busy, or nothing was below the fill rate");
    }

    @Test
    void underLoadEveryRunGoesAhead() {
        RewriteProgress progress = new RewriteProgress();
        progress.ran(70, 3, 12);

        assertTrue(progress.worthRewriting(50, 40), "new commits moved the fill rate: it says nothing of the rewrite");
    }
}
