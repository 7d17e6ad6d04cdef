package dev.moderato.importing;

import dev.moderato.comment.CommentStatus;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A WordPress export (WXR 1.0, 1.1 or 1.2): every {@code wp:comment} of every {@code item}. An item's comments are
 * held until its end tag, whatever the order of its elements, and then take the item's thread key. An item of a
 * Moderato export names its thread in the post meta {@code moderato_thread}, which wins over {@code ?threads}.
 */
final class WxrParser implements ExportParser {

    static final String THREAD_META = "moderato_thread";
    private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String wp;
    private final ThreadKeys keys;

    WxrParser(String namespace, ThreadKeys keys) {
        this.wp = namespace;
        this.keys = keys == null ? ThreadKeys.ID : keys;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.WORDPRESS;
    }

    @Override
    public Optional<String> threadKey(String threadRef) {
        return Optional.ofNullable(threadRef);
    }

    /** What one item holds until its end tag. */
    private static final class Item {
        String postId;
        String link;
        String moderatoThread;
        final List<SourceComment> comments = new ArrayList<>();
    }

    @Override
    public void parse(XMLStreamReader reader, Sink sink) throws XMLStreamException {
        Item item = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && item != null && isPlain(reader, "item")) {
                String thread = threadOf(item);
                item.comments.forEach(comment -> sink.comment(withThread(comment, thread)));
                item = null;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (isPlain(reader, "item")) {
                    item = new Item();
                } else if (item == null) {
                    continue;
                } else if (isPlain(reader, "link")) {
                    item.link = XmlExports.text(reader);
                } else if (isWp(reader, "post_id")) {
                    item.postId = XmlExports.text(reader);
                } else if (isWp(reader, "postmeta")) {
                    meta(reader, item);
                } else if (isWp(reader, "comment")) {
                    comment(reader, item, sink);
                }
            }
        }
    }

    private String threadOf(Item item) {
        if (item.moderatoThread != null) {
            return XmlExports.present(item.moderatoThread).orElse(null);
        }
        return switch (keys) {
            case ID -> XmlExports.present(item.postId).orElse(null);
            case PATH -> XmlExports.pathOf(item.link).orElse(null);
            case URL -> XmlExports.present(item.link).orElse(null);
        };
    }

    private void meta(XMLStreamReader reader, Item item) throws XMLStreamException {
        Map<String, String> fields = fields(reader);
        if (THREAD_META.equals(fields.get("meta_key"))) {
            item.moderatoThread = fields.get("meta_value");
        }
    }

    private void comment(XMLStreamReader reader, Item item, Sink sink) throws XMLStreamException {
        Map<String, String> fields = fields(reader);
        String type = fields.getOrDefault("comment_type", "").strip();
        if (!type.isEmpty() && !type.equals("comment")) {
            sink.skipped(); // pingbacks, trackbacks, and plugins' own records (WooCommerce's order notes)
            return;
        }
        String parent = fields.getOrDefault("comment_parent", "0").strip();
        item.comments.add(new SourceComment(fields.getOrDefault("comment_id", "").strip(),
                parent.isEmpty() || parent.equals("0") ? null : parent, null,
                fields.get("comment_author"), fields.get("comment_author_email"), fields.get("comment_author_url"),
                fields.get("comment_author_IP"), fields.get("comment_content"),
                date(fields.get("comment_date_gmt")).or(() -> date(fields.get("comment_date"))).orElse(null),
                status(fields.getOrDefault("comment_approved", "0").strip())));
    }

    /** The texts of the element's {@code wp:} children by local name; anything nested deeper (comment meta) is passed over. */
    private Map<String, String> fields(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (wp.equals(reader.getNamespaceURI()) && !reader.getLocalName().endsWith("meta")) {
                fields.put(reader.getLocalName(), XmlExports.text(reader));
            } else {
                XmlExports.skip(reader);
            }
        }
        return fields;
    }

    /** WordPress's date at UTC; "0000-00-00 00:00:00", which old exports hold, is no date. */
    private static Optional<Instant> date(String value) {
        if (value == null || value.isBlank() || value.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip(), WORDPRESS_DATE).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code 1} approved, {@code 0} pending, {@code spam}; trash, and a trashed post's comments, rejected. */
    private static CommentStatus status(String approved) {
        return switch (approved) {
            case "1" -> CommentStatus.APPROVED;
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.REJECTED;
            default -> CommentStatus.PENDING;
        };
    }

    private static SourceComment withThread(SourceComment comment, String thread) {
        return new SourceComment(comment.id(), comment.parentId(), thread, comment.name(), comment.email(),
                comment.website(), comment.ip(), comment.html(), comment.createdAt(), comment.status());
    }

    private static boolean isPlain(XMLStreamReader reader, String name) {
        String namespace = reader.getNamespaceURI();
        return (namespace == null || namespace.isEmpty()) && reader.getLocalName().equals(name);
    }

    private boolean isWp(XMLStreamReader reader, String name) {
        return wp.equals(reader.getNamespaceURI()) && reader.getLocalName().equals(name);
    }
}
