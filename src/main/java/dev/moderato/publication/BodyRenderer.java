package dev.moderato.publication;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a comment body, which is plain text, as safe HTML: paragraphs, line breaks and links.
 * jsoup builds the markup (so text is escaped by the library, never by hand) and its cleaner
 * then enforces the allow-list, so nothing outside it can reach a page.
 */
public final class BodyRenderer {

    static final String LINK_REL = "nofollow ugc noopener";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'";

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", LINK_REL);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private BodyRenderer() {
    }

    public static String toHtml(String body) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false); // else html() indents, and the cleaner keeps that whitespace as text
        Element root = document.body();
        for (String paragraph : PARAGRAPH_BREAK.split(body.strip())) {
            Element p = root.appendElement("p");
            String[] lines = paragraph.split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                appendLinked(p, lines[i]);
            }
        }
        return Jsoup.clean(root.html(), "", ALLOWED, OUTPUT);
    }

    /** How many links the rendered body will hold. */
    public static int countLinks(String body) {
        if (!body.contains("://")) {
            return 0; // every link holds one; most comments hold none, and the case-blind scan costs more
        }
        return (int) URL.matcher(body).results().count();
    }

    private static void appendLinked(Element parent, String line) {
        Matcher matcher = URL.matcher(line);
        int start = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = line.substring(matcher.start(), end);
            parent.appendText(line.substring(start, matcher.start()));
            parent.appendElement("a").attr("href", url).text(url);
            start = end;
        }
        parent.appendText(line.substring(start));
    }
}
