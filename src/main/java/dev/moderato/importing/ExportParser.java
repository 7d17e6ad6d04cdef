package dev.moderato.importing;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.Optional;

/** Reads one export format from its root element on, handing each comment to a {@link Sink}. */
interface ExportParser {

    /** What a parser finds. */
    interface Sink {
        void comment(SourceComment comment);

        /** A pingback, a trackback, a deleted comment: not imported, counted. */
        void skipped();
    }

    ImportFormat format();

    /** Reads the document, the reader standing on its root element, to its end. */
    void parse(XMLStreamReader reader, Sink sink) throws XMLStreamException;

    /** Once the document is read: the thread key of a comment's {@code threadRef}, if it has one. */
    Optional<String> threadKey(String threadRef);
}
