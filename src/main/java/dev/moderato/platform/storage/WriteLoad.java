package dev.moderato.platform.storage;

/**
 * How busy the service's main writer is: what the H2 housekeeping watches so that it rewrites the file
 * while the writer is idle, not in a burst of writes that would wait behind each slice.
 */
public interface WriteLoad {

    /** Time spent writing since start, in nanoseconds; only ever grows. */
    long busyNanos();
}
