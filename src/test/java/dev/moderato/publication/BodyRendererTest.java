package dev.moderato.publication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.moderato.publication.SafeHtml.assertNothingExecutable;
import static dev.moderato.publication.SafeHtml.displayedText;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyRendererTest {

    private static String link(String url) {
        return "<a href=\"" + url + "\" rel=\"nofollow ugc noopener\">" + url + "</a>";
    }

    @Test
    void plainTextIsOneParagraph() {
        assertThat(BodyRenderer.toHtml("Nice article."), equalTo("<p>Nice article.</p>"));
    }

    @Test
    void blankLineSeparatesParagraphs() {
        assertThat(BodyRenderer.toHtml("First.\n\nSecond."), equalTo("<p>First.</p><p>Second.</p>"));
    }

    @Test
    void severalBlankOrWhitespaceLinesMakeASingleParagraphBreak() {
        assertThat(BodyRenderer.toHtml("First.\n\n\n \t\n\nSecond."), equalTo("<p>First.</p><p>Second.</p>"));
    }

    @Test
    void singleNewlineIsALineBreakInsideTheParagraph() {
        assertThat(BodyRenderer.toHtml("Roses are red,\nviolets are blue."),
                equalTo("<p>Roses are red,<br>violets are blue.</p>"));
    }

    @Test
    void lineBreaksAndParagraphsCombine() {
        assertThat(BodyRenderer.toHtml("a\nb\n\nc\nd"), equalTo("<p>a<br>b</p><p>c<br>d</p>"));
    }

    @Test
    void surroundingBlankLinesDoNotMakeEmptyParagraphs() {
        assertThat(BodyRenderer.toHtml("\n\n  Hello.  \n\n"), equalTo("<p>Hello.</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/docs/page?a=b", "https://example.com/path#frag"})
    void bareWebUrlBecomesALinkWithSafeRel(String url) {
        assertThat(BodyRenderer.toHtml("See " + url + " for more"),
                equalTo("<p>See " + link(url) + " for more</p>"));
    }

    @Test
    void ampersandInUrlIsEscapedInHrefAndText() {
        assertThat(BodyRenderer.toHtml("https://example.com/?a=1&b=2"),
                equalTo("<p><a href=\"https://example.com/?a=1&amp;b=2\" rel=\"nofollow ugc noopener\">"
                        + "https://example.com/?a=1&amp;b=2</a></p>"));
    }

    @Test
    void everyUrlOfALineIsLinked() {
        assertThat(BodyRenderer.toHtml("https://a.example and http://b.example"),
                equalTo("<p>" + link("https://a.example") + " and " + link("http://b.example") + "</p>"));
    }

    @Test
    void urlsAreLinkedOnEveryLineAndInEveryParagraph() {
        assertThat(BodyRenderer.toHtml("one https://a.example\ntwo\n\nhttps://b.example three"),
                equalTo("<p>one " + link("https://a.example") + "<br>two</p><p>" + link("https://b.example") + " three</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "...", ")."})
    void trailingPunctuationStaysOutsideTheLink(String punctuation) {
        assertThat(BodyRenderer.toHtml("Read https://example.com/page" + punctuation + " now"),
                equalTo("<p>Read " + link("https://example.com/page") + punctuation + " now</p>"));
    }

    @Test
    void urlInParenthesesLeavesTheClosingParenthesisOutside() {
        assertThat(BodyRenderer.toHtml("(see https://example.com/a)."),
                equalTo("<p>(see " + link("https://example.com/a") + ").</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.com/file", "www.example.com",
            "data:text/html,<script>alert(1)</script>", "mailto:ada@example.org"})
    void onlyHttpAndHttpsAreLinked(String text) {
        String html = BodyRenderer.toHtml("Visit " + text);
        assertThat(html, not(containsString("<a")));
        assertThat(displayedText(html), equalTo("Visit " + text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "\" onmouseover=\"alert(1)",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "</p><script>alert(1)</script><p>",
            "<<script>script>alert(1)<</script>/script>"})
    void markupInTheBodyIsShownAsTextNeverExecuted(String body) {
        String html = BodyRenderer.toHtml(body);
        assertNothingExecutable(html);
        assertThat(displayedText(html), equalTo(body));
    }

    @Test
    void scriptTagIsEscaped() {
        assertThat(BodyRenderer.toHtml("<script>alert(1)</script>"),
                equalTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    }

    @Test
    void entitiesInTheBodyAreShownLiterallyNotDecoded() {
        String html = BodyRenderer.toHtml("&lt;b&gt; &amp; &#60;script&#62;");
        assertThat(html, equalTo("<p>&amp;lt;b&amp;gt; &amp;amp; &amp;#60;script&amp;#62;</p>"));
        assertThat(displayedText(html), equalTo("&lt;b&gt; &amp; &#60;script&#62;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/\"onmouseover=\"alert(1)",
            "https://example.com/'onmouseover='alert(1)'",
            "https://example.com/\"><script>alert(1)</script>",
            "https://example.com/<img src=x onerror=alert(1)>"})
    void urlCannotBreakOutOfItsLink(String body) {
        String html = BodyRenderer.toHtml(body);
        assertNothingExecutable(html);
        assertThat(displayedText(html), equalTo(body));
    }

    @Test
    void urlStopsAtAQuoteSoTheRestStaysText() {
        assertThat(BodyRenderer.toHtml("https://example.com/\" onmouseover=\"alert(1)"),
                equalTo("<p>" + link("https://example.com/") + "\" onmouseover=\"alert(1)</p>"));
    }

    @Test
    void unicodeAndEmojiArePreserved() {
        String body = "Très bien — 日本語 💬";
        assertThat(displayedText(BodyRenderer.toHtml(body)), equalTo(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"No link here.", "", "Time: 10:30 // noon", "ftp://files.example/x and www.example.com",
            "a :// b", "mailto:ada@example.org"})
    void bodyWithoutAWebAddressCountsNoLink(String body) {
        assertEquals(0, BodyRenderer.countLinks(body));
    }

    @Test
    void everyWebAddressCountsWhateverTheCaseOfItsScheme() {
        assertEquals(3, BodyRenderer.countLinks("HTTPS://a.example, Http://b.example/x and see hTTp://c.example."));
    }

    @Test
    void countedLinksAreTheLinksRendered() {
        String body = "one https://a.example\ntwo ftp://x.example\n\nHTTP://b.example three http://c.example/?q=1";
        int rendered = BodyRenderer.toHtml(body).split("<a ", -1).length - 1;
        assertEquals(3, rendered);
        assertEquals(rendered, BodyRenderer.countLinks(body));
    }
}
