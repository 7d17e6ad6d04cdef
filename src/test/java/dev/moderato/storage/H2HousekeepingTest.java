package dev.moderato.storage;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class H2HousekeepingTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aMostlyIdleWriterGetsTheWholeRewrite() {
        assertEquals(H2Housekeeping.SLICES_PER_RUN, H2Housekeeping.slicesFor(SECOND / 10, SECOND));
        assertEquals(H2Housekeeping.SLICES_PER_RUN, H2Housekeeping.slicesFor(0, SECOND));
    }

    @Test
    void aBusyWriterHoldsTheRewriteBackToItsSmallestStep() {
        assertEquals(H2Housekeeping.BUSY_SLICES_PER_RUN, H2Housekeeping.slicesFor(SECOND * 6 / 10, SECOND));
        assertEquals(H2Housekeeping.BUSY_SLICES_PER_RUN, H2Housekeeping.slicesFor(SECOND, SECOND));
    }

    @Test
    void halfTheTimeStoringIsNotYetBusy() {
        assertEquals(H2Housekeeping.SLICES_PER_RUN, H2Housekeeping.slicesFor(SECOND / 2, SECOND));
    }
}
