package dev.moderato.platform.storage;

/**
 * Whether the comment writer ({@link WriteLoad}) was busy, judged each time over the window since the last look:
 * background work (the H2 housekeeping, the spam filter's training) waits while submissions keep it storing more
 * than half of the time. One per caller: each look starts the caller's next window. Not thread-safe.
 */
public final class WriterLoad {

    /** The writer is busy when it spent more than this share of the time since the last look storing. */
    static final double BUSY_SHARE = 0.5;

    private final WriteLoad writer;
    private long lastLookNanos;
    private long lastBusyNanos;

    public WriterLoad(WriteLoad writer) {
        this(writer, System.nanoTime());
    }

    WriterLoad(WriteLoad writer, long nowNanos) {
        this.writer = writer;
        this.lastLookNanos = nowNanos;
        this.lastBusyNanos = writer.busyNanos();
    }

    /** Whether the writer spent more than {@link #BUSY_SHARE} of the time since the last look storing. */
    public boolean busySinceLastLook() {
        return busySinceLastLook(System.nanoTime());
    }

    boolean busySinceLastLook(long nowNanos) {
        long busyNanos = writer.busyNanos();
        long elapsed = nowNanos - lastLookNanos;
        boolean busy = elapsed > 0 && busyNanos - lastBusyNanos > BUSY_SHARE * elapsed;
        lastLookNanos = nowNanos;
        lastBusyNanos = busyNanos;
        return busy;
    }
}
