package dev.moderato.publication;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import dev.moderato.support.Comments;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A thread's page goes out compressed when the reader's browser takes it, compressed once while it is cached. */
@QuarkusTest
class CompressedReadsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/api/v1/comments")
    URL comments;

    @Inject
    PublishedThreads published;

    String thread;

    @BeforeEach
    void aThreadWithComments() {
        thread = Comments.newThread();
        for (int i = 0; i < 5; i++) {
            Comments.submitApproved(Comments.saying(thread, "A comment long enough to be worth compressing, number "
                    + i + ", about the article and its sources."));
        }
    }

    @Test
    void brotliWhenTheBrowserTakesIt() throws Exception {
        HttpResponse<byte[]> plain = get("identity");
        HttpResponse<byte[]> brotli = get("gzip, deflate, br, zstd");

        assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(brotli.body().length < plain.body().length / 2, "brotli shrinks the page");
        assertArrayEquals(plain.body(), unbrotli(brotli.body()));
        assertTrue(brotli.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    }

    @Test
    void gzipWhenBrotliIsNotTaken() throws Exception {
        HttpResponse<byte[]> plain = get(null);
        HttpResponse<byte[]> gzip = get("gzip;q=1, br;q=0");

        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes());
    }

    @Test
    void noCodingForAClientThatAsksForNone() throws Exception {
        HttpResponse<byte[]> plain = get(null);

        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).startsWith("{\"thread\":"));
    }

    @Test
    void eachCodingHasItsOwnTagAndRevalidatesWithIt() throws Exception {
        String plainTag = get(null).headers().firstValue("ETag").orElseThrow();
        String gzipTag = get("gzip").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plainTag, gzipTag);

        HttpResponse<byte[]> revalidated = HTTP.send(request("gzip").header("If-None-Match", gzipTag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
    }

    @Test
    void aCachedPageIsCompressedOnce() {
        PublishedPage first = published.page(thread, 0, 50);
        PublishedPage second = published.page(thread, 0, 50);

        assertSame(first.json().gzip(), second.json().gzip());
        assertSame(first.json().brotli(), second.json().brotli());
    }

    private HttpResponse<byte[]> get(String acceptEncoding) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = HTTP.send(request(acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        return answer;
    }

    private HttpRequest.Builder request(String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(comments + "?thread="
                + URLEncoder.encode(thread, StandardCharsets.UTF_8)));
        return acceptEncoding == null ? request : request.header("Accept-Encoding", acceptEncoding);
    }

    private static byte[] unbrotli(byte[] compressed) throws IOException {
        Brotli4jLoader.ensureAvailability();
        DirectDecompress result = Decoder.decompress(compressed);
        assertEquals(DecoderJNI.Status.DONE, result.getResultStatus());
        return result.getDecompressedData();
    }
}
