package dev.moderato.submission;

import dev.moderato.support.CapturedLog;
import dev.moderato.support.Comments;
import dev.moderato.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests no honest client sends, written byte by byte: each gets a clear 4xx, nothing is stored, and the log
 * holds no ERROR and no stack trace for it.
 */
@QuarkusTest
class HostileRequestTest {

    private static final String COMMENTS = "/api/v1/comments";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    @ParameterizedTest
    @ValueSource(strings = {"author=N%zz", "comment=100%", "comment=%", "author=%C3%28", "comment=caf%E9"})
    void refusesAFormThatIsNotValidPercentEncodedUtf8WithAPage(String field) throws Exception {
        String form = "comment_post_ID=" + Comments.newThread() + "&author=Ada&email=ada%40example.org&comment=Fine&" + field;
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, FORM, ascii(form)));
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.header("content-type").startsWith("text/html"), answer.header("content-type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {";;;/=;", "/", "application/", "=", "application/json; charset=nope"})
    void refusesAMalformedContentType(String contentType) throws Exception {
        String json = "{\"thread\":\"" + Comments.newThread() + "\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":\"Fine\"}";
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, contentType, ascii(json)));
        assertTrue(answer.status() == 400 || answer.status() == 415, answer.status() + " " + answer.body());
        assertEquals("application/problem+json", answer.header("content-type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "*/*", "application/*", "*/x-www-form-urlencoded"})
    void refusesAWildcardContentType(String range) throws Exception {
        String json = "{\"thread\":\"" + Comments.newThread() + "\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":\"Fine\"}";
        long before = Comments.count();
        for (byte[] body : List.of(ascii(json), ascii("{\0\0\0" + json.substring(1)))) {
            RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, range, body));
            assertEquals(415, answer.status(), answer.body());
            assertEquals("application/problem+json", answer.header("content-type"));
        }
        assertEquals(before, Comments.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPLICATION/JSON", "application/jsOn", "Application/Json; Charset=UTF-8"})
    void checksJsonWhateverTheCaseOfItsMediaType(String contentType) throws Exception {
        String json = "{\"thread\":\"" + Comments.newThread() + "\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":\"Fine\"}";
        byte[] latin1 = json.replace("Ada", "Ad\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        long before = Comments.count();
        for (byte[] body : List.of(ascii("{\0\0\0" + json.substring(1)), latin1)) {
            RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, contentType, body));
            assertEquals(400, answer.status(), answer.body());
            assertEquals("application/problem+json", answer.header("content-type"));
        }
        assertEquals(before, Comments.count());
    }

    @Test
    void refusesAFormDeclaredInACharsetOtherThanUtf8() throws Exception {
        String form = "comment_post_ID=" + Comments.newThread() + "&author=Ren%E9&email=ada%40example.org&comment=Fine";
        long before = Comments.count();
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, FORM + "; charset=ISO-8859-1", ascii(form)));
        assertEquals(415, answer.status(), answer.body());
        assertEquals(before, Comments.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "%s xyz",
            "%s{\"thread\":\"other\"}",
            "%s]",
            "{\"thread\":\"t\",\"name\":42,\"email\":\"ada@example.org\",\"body\":\"Fine\"}",
            "{\"thread\":\"t\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":true}",
            "{\"thread\":\"t\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":1.5e3}",
            "{\"thread\":\"t\",\"name\":[\"Ada\"],\"email\":\"ada@example.org\",\"body\":\"Fine\"}"})
    void refusesJsonThatIsNotExactlyOneObjectOfStrings(String template) throws Exception {
        String valid = "{\"thread\":\"" + Comments.newThread() + "\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":\"Fine\"}";
        long before = Comments.count();
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, JSON, template.formatted(valid).getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("content-type"));
        assertEquals(before, Comments.count());
    }

    @Test
    void refusesJsonWithOverlongUtf8() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes(ascii("{\"thread\":\"in-j3"));
        json.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}); // "/" in two bytes, which UTF-8 forbids
        json.writeBytes(ascii("..\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":\"Fine\"}"));
        long before = Comments.count();
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, JSON, json.toByteArray()));
        assertEquals(400, answer.status(), answer.body());
        assertEquals(before, Comments.count());
    }

    @Test
    void refusesJsonWhoseNulBytesWouldMakeItReadAsUtf32() throws Exception {
        byte[] json = ("{\0\0\0\"thread\":\"" + Comments.newThread() + "\"}").getBytes(StandardCharsets.UTF_8);
        long before = Comments.count();
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, JSON, json));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("content-type"));
        assertEquals(before, Comments.count());
    }

    @Test
    void refusesJsonInUtf16EvenWhenItsBytesAreValidUtf8() throws Exception {
        String valid = "{\"thread\":\"" + Comments.newThread() + "\",\"name\":\"Ada\",\"email\":\"ada@example.org\",\"body\":\"Fine\"}";
        long before = Comments.count();
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, JSON, valid.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("content-type"));
        assertEquals(before, Comments.count());
    }

    @Test
    void keepsWhatFollowsAnEqualsSignInAFormValue() throws Exception {
        String thread = Comments.newThread();
        String form = "comment_post_ID=" + thread + "&author=Ada&email=ada%40example.org&comment=2+%2B+2=4,+so+x==y";
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, FORM, ascii(form)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("2 + 2=4, so x==y", BrowserForms.onlyCommentIn(thread).body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "==", "=&=x&", "&&"})
    void storesAFormWithFieldsThatHaveNoName(String nameless) throws Exception {
        String thread = Comments.newThread();
        String form = nameless + "&comment_post_ID=" + thread + "&author=Ada&email=ada%40example.org&comment=Fine&" + nameless;
        RawHttp.Answer answer = quietly(() -> RawHttp.post(COMMENTS, FORM, ascii(form)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("Fine", BrowserForms.onlyCommentIn(thread).body);
    }

    @Test
    void sendsTheReaderBackToAPercentEncodedAddress() throws Exception {
        String form = "comment_post_ID=" + Comments.newThread() + "&author=Ada&email=ada%40example.org&comment=Fine"
                + "&redirect_to=https%3A%2F%2Fnews.example.com%2F%C3%A9t%C3%A9%2F%E6%97%A5%3Fq%3D%C3%A9";
        RawHttp.Answer answer = RawHttp.post(COMMENTS, FORM, ascii(form));
        assertEquals(303, answer.status(), answer.body());
        String location = answer.header("location");
        // The address percent-encoded as UTF-8, then the marker the widget reads (#moderato=pending,ID).
        assertTrue(location.startsWith("https://news.example.com/%C3%A9t%C3%A9/%E6%97%A5?q=%C3%A9#moderato=pending,"),
                location);
    }

    @Test
    void refusesAChunkedBodyOverTheLimitWithAProblem() throws Exception {
        byte[] body = ("{\"thread\":\"t\",\"body\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        long before = Comments.count();
        RawHttp.Answer answer = quietly(() -> RawHttp.postChunked(COMMENTS, JSON, body, 4096));
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.header("content-type"));
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
        assertEquals(before, Comments.count());
    }

    /** Runs the request and checks that it logged no ERROR and no stack trace. */
    private static RawHttp.Answer quietly(Callable<RawHttp.Answer> request) throws Exception {
        RawHttp.Answer answer;
        List<String> loud;
        try (CapturedLog log = CapturedLog.start()) {
            answer = request.call();
            Thread.sleep(100); // a failure logged after the answer was written
            loud = log.atLeast(Level.SEVERE);
        }
        assertTrue(loud.isEmpty(), () -> "a client's mistake logged: " + loud);
        return answer;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
