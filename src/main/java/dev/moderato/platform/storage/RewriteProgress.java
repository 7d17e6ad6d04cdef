package dev.moderato.platform.storage;

/**
 * Whether rewriting the H2 file's chunks is getting anywhere. H2 rewrites the chunks below the fill rate; on a loaded
 * machine it was seen rewriting a few slices of an idle store every second without end (H2StoreTest), the chunks no
 * fuller after each run: writes forever, for nothing. So once a run that rewrote something is followed, with nothing
 * else written in between, by chunks no fuller than before it, the rewrite stops until something is written.
 * Under load the chunks' fill rate says nothing of the rewrite (new commits change it): each run goes ahead.
 * Used by the housekeeping's runs one at a time: not thread-safe.
 */
final class RewriteProgress {

    private long versionAfterLastRun = -1;
    private int fillBeforeLastRun;
    private int slicesOfLastRun;
    private boolean stalled;

    /**
     * Whether a run should rewrite, starting with the chunks {@code fillRate}% live at the store's {@code version}
     * (which every commit moves on).
     */
    boolean worthRewriting(int fillRate, long version) {
        if (version != versionAfterLastRun) {
            stalled = false;
            return true;
        }
        if (!stalled && slicesOfLastRun > 0 && fillRate <= fillBeforeLastRun) {
            stalled = true;
        }
        return !stalled;
    }

    /** A run that started with the chunks {@code fillRate}% live rewrote {@code slices} slices, leaving the store at {@code version}. */
    void ran(int fillRate, int slices, long version) {
        fillBeforeLastRun = fillRate;
        slicesOfLastRun = slices;
        versionAfterLastRun = version;
    }
}
