package dev.moderato.publication;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** What a browser would make of rendered comment HTML: only paragraphs, breaks and plain web links. */
final class SafeHtml {

    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "a");

    private SafeHtml() {
    }

    static void assertNothingExecutable(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower, not(containsString("<script")));
        assertThat(lower, not(containsString("<img")));
        for (Element element : Jsoup.parseBodyFragment(html).body().children().select("*")) {
            assertThat("element in " + html, ALLOWED_TAGS.contains(element.normalName()), is(true));
            for (Attribute attribute : element.attributes()) {
                assertThat("attribute in " + html, attribute.getKey(), not(startsWith("on")));
            }
            if (element.normalName().equals("a")) {
                assertThat(element.attr("href"), matchesPattern("(?i)https?://.+"));
                assertThat(element.attr("rel"), equalTo("nofollow ugc noopener"));
            }
        }
    }

    /** The text a reader sees once the HTML is displayed. */
    static String displayedText(String html) {
        return Jsoup.parseBodyFragment(html).body().wholeText();
    }
}
