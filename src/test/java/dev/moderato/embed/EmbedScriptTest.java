package dev.moderato.embed;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The widget as served: small, cacheable, revalidated by its ETag, its stylesheet inside, nothing unsafe in it. */
@QuarkusTest
class EmbedScriptTest {

    /** Script and styles together, gzipped: the limit DESIGN.md sets. */
    private static final int MAX_GZIPPED = 15 * 1024;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/embed.js")
    URL embed;

    @Test
    void isAtMost15KibGzippedWithItsStyles() throws Exception {
        HttpResponse<byte[]> gzipped = get("gzip");

        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzipped.body().length <= MAX_GZIPPED, gzipped.body().length + " bytes gzipped");
        String script = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(script.contains("--moderato-accent"), "the stylesheet is inside");
        assertFalse(script.contains("__MODERATO_CSS__"));
    }

    @Test
    void isServedAsJavaScriptForADayThenRevalidated() throws Exception {
        HttpResponse<byte[]> plain = get(null);

        assertEquals(200, plain.statusCode());
        assertEquals("text/javascript;charset=utf-8", plain.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase());
        assertTrue(plain.headers().firstValue("Cache-Control").orElse("").contains("max-age=86400"));
        String etag = plain.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(embed.toString()))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void holdsNoEvalNoInnerHtmlAndNoInlineHandler() throws Exception {
        String script = new String(get(null).body(), StandardCharsets.UTF_8);

        for (String unsafe : new String[]{"eval(", "new Function", "innerHTML", "outerHTML", "insertAdjacentHTML",
                "document.write", "setAttribute('on", "document.cookie"}) {
            assertFalse(script.contains(unsafe), unsafe);
        }
    }

    private HttpResponse<byte[]> get(String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(embed.toString()));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
