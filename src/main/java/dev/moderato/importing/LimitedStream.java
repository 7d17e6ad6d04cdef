package dev.moderato.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The request body, refused as soon as it grows past the import's limit: a chunked upload declares no length. */
final class LimitedStream extends FilterInputStream {

    /** Thrown from a read past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("over the import's limit", null);
        }
    }

    private final long limit;
    private long read;

    LimitedStream(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** Whether a read went past the limit: parsers wrap the exception each their own way. */
    boolean exceeded() {
        return read > limit;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge();
        }
    }
}
