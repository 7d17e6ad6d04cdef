package dev.moderato.importing;

import dev.moderato.comment.CommentStatus;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Disqus export: {@code <thread>} elements name the pages, {@code <post>} elements are the comments and point at
 * their thread and parent by {@code dsq:id}. Deleted posts are skipped; {@code isSpam} makes a post spam, and a post
 * that says it is not approved waits for a moderator. Threads are resolved once the whole document is read, so a post
 * may come before its thread.
 */
final class DisqusParser implements ExportParser {

    private final ThreadKeys keys;
    private final Map<String, String> threadKeys = new HashMap<>();

    DisqusParser(ThreadKeys keys) {
        this.keys = keys == null ? ThreadKeys.PATH : keys;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.DISQUS;
    }

    @Override
    public Optional<String> threadKey(String threadRef) {
        return Optional.ofNullable(threadRef == null ? null : threadKeys.get(threadRef));
    }

    @Override
    public void parse(XMLStreamReader reader, Sink sink) throws XMLStreamException {
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String id = reader.getAttributeValue(XmlExports.DISQUS_INTERNALS, "id");
            switch (reader.getLocalName()) {
                case "thread" -> thread(id, reader);
                case "post" -> post(id, reader, sink);
                default -> XmlExports.skip(reader);
            }
        }
        while (reader.hasNext()) {
            reader.next(); // to the end of the document: a truncated one fails here, before anything is stored
        }
    }

    private void thread(String id, XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        fields(reader, fields, new HashMap<>());
        Optional<String> key = switch (keys) {
            case ID -> XmlExports.present(fields.get("id")).or(() -> XmlExports.pathOf(fields.get("link")));
            case PATH -> XmlExports.pathOf(fields.get("link"));
            case URL -> XmlExports.present(fields.get("link"));
        };
        if (id != null) {
            key.ifPresent(thread -> threadKeys.put(id, thread));
        }
    }

    private void post(String id, XMLStreamReader reader, Sink sink) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> references = new HashMap<>();
        fields(reader, fields, references);
        if ("true".equals(fields.get("isDeleted"))) {
            sink.skipped();
            return;
        }
        CommentStatus status = "true".equals(fields.get("isSpam")) ? CommentStatus.SPAM
                : "false".equals(fields.get("isApproved")) ? CommentStatus.PENDING : CommentStatus.APPROVED;
        String name = XmlExports.present(fields.get("author/name")).orElse(fields.get("author/username"));
        sink.comment(new SourceComment(id == null ? "" : id, references.get("parent"), references.get("thread"), name,
                fields.get("author/email"), fields.get("author/link"), fields.get("ipAddress"), fields.get("message"),
                date(fields.get("createdAt")), status));
    }

    /** Texts by local name ({@code author/name} one level down); the {@code dsq:id} of empty children in {@code references}. */
    private static void fields(XMLStreamReader reader, Map<String, String> fields, Map<String, String> references)
            throws XMLStreamException {
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            String reference = reader.getAttributeValue(XmlExports.DISQUS_INTERNALS, "id");
            if (reference != null) {
                references.put(name, reference);
                XmlExports.skip(reader);
            } else if (name.equals("author")) {
                while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    fields.put("author/" + reader.getLocalName(), XmlExports.text(reader));
                }
            } else {
                fields.put(name, XmlExports.text(reader));
            }
        }
    }

    private static Instant date(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
