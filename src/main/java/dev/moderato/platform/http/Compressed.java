package dev.moderato.platform.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One answer's bytes, and the same compressed with gzip and Brotli: made once, when the answer is cached, and
 * then served to every reader whose {@code Accept-Encoding} takes them. A coding that would not make the answer
 * smaller is not kept. Brotli needs brotli4j's native library; on a platform without one, gzip alone is served.
 */
public record Compressed(byte[] identity, byte[] gzip, byte[] brotli) {

    private static final Logger LOG = Logger.getLogger(Compressed.class);
    /** Quality 5 of 11: within a few per cent of the best on JSON, at a fraction of its time. */
    private static final Encoder.Parameters BROTLI = new Encoder.Parameters().setQuality(5);
    private static final boolean BROTLI_AVAILABLE = brotliAvailable();

    /** A representation to send: its bytes, and the {@code Content-Encoding} (null for none). */
    public record Representation(byte[] bytes, String encoding) {

        /** The entity tag of this representation: each coding gets its own, as RFC 9110 asks of a strong tag. */
        public String etag(String identityTag) {
            return encoding == null ? identityTag
                    : identityTag.substring(0, identityTag.length() - 1) + '-' + encoding + '"';
        }
    }

    public static Compressed of(byte[] identity) {
        byte[] gzip = smaller(gzip(identity), identity);
        byte[] brotli = BROTLI_AVAILABLE ? smaller(brotli(identity), identity) : null;
        return new Compressed(identity, gzip, brotli);
    }

    /** Bytes held, for a cache's weigher. */
    public int weight() {
        return identity.length + (gzip == null ? 0 : gzip.length) + (brotli == null ? 0 : brotli.length);
    }

    /** The representation the client's {@code Accept-Encoding} headers take: Brotli, else gzip, else identity. */
    public Representation forClient(List<String> acceptEncoding) {
        if (brotli != null && accepts(acceptEncoding, "br")) {
            return new Representation(brotli, "br");
        }
        if (gzip != null && accepts(acceptEncoding, "gzip")) {
            return new Representation(gzip, "gzip");
        }
        return new Representation(identity, null);
    }

    /** Whether a coding is listed with a weight above zero ({@code br;q=0} refuses it). */
    static boolean accepts(List<String> headers, String coding) {
        if (headers == null) {
            return false;
        }
        for (String header : headers) {
            for (String item : header.split(",")) {
                String[] parts = item.split(";");
                if (parts[0].strip().toLowerCase(Locale.ROOT).equals(coding) && weighted(parts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean weighted(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) > 0;
                } catch (NumberFormatException malformed) {
                    return false;
                }
            }
        }
        return true;
    }

    private static byte[] smaller(byte[] encoded, byte[] identity) {
        return encoded != null && encoded.length < identity.length ? encoded : null;
    }

    private static byte[] gzip(byte[] identity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length / 3 + 32);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gzip.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] brotli(byte[] identity) {
        try {
            return Encoder.compress(identity, BROTLI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean brotliAvailable() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable missing) { // UnsatisfiedLinkError on a platform brotli4j has no native library for
            LOG.infof("Brotli is not available here (%s): public reads are sent with gzip only", missing.getMessage());
            return false;
        }
    }
}
