package dev.moderato.importing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTML of a WordPress or Disqus comment as Moderato's plain text: entities decoded, line breaks and paragraphs
 * as newlines, a link as its URL (after its words when they say something else: "the report (https://…)"), every
 * other tag dropped with its text kept. Moderato renders the text back to safe HTML, links included. WordPress
 * stores the newlines a commenter typed as they are, so text keeps its own line breaks.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "tr");
    private static final Pattern SPACES_BEFORE_BREAK = Pattern.compile("[ \\t]+\\n");
    private static final Pattern MANY_BREAKS = Pattern.compile("\\n{3,}");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip(); // most comments: nothing to decode
        }
        StringBuilder text = new StringBuilder(html.length());
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Node child : body.childNodes()) {
            append(child, text);
        }
        String tidy = SPACES_BEFORE_BREAK.matcher(text).replaceAll("\n");
        return MANY_BREAKS.matcher(tidy).replaceAll("\n\n").strip();
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof TextNode words) {
            text.append(words.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, data nodes
        }
        String tag = element.normalName();
        switch (tag) {
            case "br" -> text.append('\n');
            case "a" -> link(element, text);
            case "script", "style" -> { }
            default -> {
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    paragraphBreak(text);
                }
                element.childNodes().forEach(child -> append(child, text));
                if (block) {
                    paragraphBreak(text);
                }
            }
        }
    }

    private static void link(Element link, StringBuilder text) {
        String href = link.attr("href").strip();
        String words = link.text().strip();
        boolean web = href.toLowerCase(Locale.ROOT).startsWith("http://") || href.toLowerCase(Locale.ROOT).startsWith("https://");
        if (!web || href.contains(" ")) {
            text.append(words);
        } else if (words.isEmpty() || sameAddress(words, href)) {
            text.append(href);
        } else {
            text.append(words).append(" (").append(href).append(')');
        }
    }

    /** Whether the link's words are its address, maybe without the scheme or shortened with an ellipsis as WordPress does. */
    private static boolean sameAddress(String words, String href) {
        String bare = href.replaceFirst("(?i)^https?://", "");
        String shown = words.replaceFirst("(?i)^https?://", "");
        if (shown.endsWith("…") || shown.endsWith("...")) {
            shown = shown.replaceFirst("(…|\\.\\.\\.)$", "");
            return !shown.isEmpty() && bare.startsWith(shown);
        }
        return bare.equals(shown) || bare.equals(shown + "/");
    }

    private static void paragraphBreak(StringBuilder text) {
        int length = text.length();
        if (length == 0) {
            return;
        }
        if (text.charAt(length - 1) != '\n') {
            text.append("\n\n");
        } else if (length < 2 || text.charAt(length - 2) != '\n') {
            text.append('\n');
        }
    }
}
