package dev.moderato.importing;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opens an export as a stream of XML events, safely: no DTD is read and none is accepted, so no entity can be
 * declared, expanded a billion times or fetched from a file or a server; then tells the format from the root
 * element and the namespaces it declares.
 */
final class XmlExports {

    /** {@code wp:}'s namespace, 1.0 to 1.2 (not the {@code excerpt:} namespace below it). */
    private static final Pattern WXR_NAMESPACE = Pattern.compile("http://wordpress\\.org/export/1\\.[0-9]+/");
    static final String DISQUS_NAMESPACE = "http://disqus.com";
    static final String DISQUS_INTERNALS = "http://disqus.com/disqus-internals";

    private static final XMLInputFactory FACTORY = factory();

    private XmlExports() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** A document standing on its root element, and the parser of its format. */
    record Opened(XMLStreamReader reader, ExportParser parser) {
    }

    /** The reader on the root element, and the parser for its format; a refusal for anything else. */
    static Opened open(InputStream body, ThreadKeys keys) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(body);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportRefused("The export declares a document type (<!DOCTYPE …>); WordPress and Disqus"
                        + " exports have none, and entities are refused.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return new Opened(xml, parserFor(xml, keys));
            }
        }
        throw new ImportRefused("The export is empty: it holds no element.");
    }

    private static ExportParser parserFor(XMLStreamReader root, ThreadKeys keys) {
        String name = root.getLocalName();
        if (name.equals("rss")) {
            for (int i = 0; i < root.getNamespaceCount(); i++) {
                String uri = root.getNamespaceURI(i);
                if (uri != null && WXR_NAMESPACE.matcher(uri).matches()) {
                    return new WxrParser(uri, keys);
                }
            }
        }
        if (name.equals("disqus") && DISQUS_NAMESPACE.equals(root.getNamespaceURI())) {
            return new DisqusParser(keys);
        }
        throw new ImportRefused("The document is neither a WordPress export (WXR 1.0 to 1.2, an <rss> with the"
                + " http://wordpress.org/export/ namespace) nor a Disqus export (<disqus xmlns=\"http://disqus.com\">).");
    }

    /** The text of the element the reader stands on, which holds no element; the reader ends on its end tag. */
    static String text(XMLStreamReader reader) throws XMLStreamException {
        return reader.getElementText();
    }

    /** Moves past the end of the element the reader stands on, whatever it holds. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The path of a link ({@code /2016/06/post/}), if it is a link. */
    static Optional<String> pathOf(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            String path = new URI(link.strip()).getPath();
            return Optional.of(path == null || path.isEmpty() ? "/" : path);
        } catch (URISyntaxException notALink) {
            return Optional.empty();
        }
    }

    static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
