package dev.moderato.importing;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentQueries;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.nodes.Entities;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every stored comment as a WordPress export (WXR 1.2) that WordPress's importer reads: one post per thread, named
 * after the thread and carrying its key in the post meta {@code moderato_thread}, so that Moderato imports it back
 * into the same threads. Bodies are written as HTML that shows their text as it is; times are WordPress's, to the
 * second, at UTC; rejected comments go to WordPress's trash. Written as the rows are read, so the export's size
 * does not weigh on memory beyond a number per comment (the replies' parents).
 */
@ApplicationScoped
public class WxrExport {

    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final CommentQueries queries;

    WxrExport(CommentQueries queries) {
        this.queries = queries;
    }

    /** Writes the whole export to {@code out}. */
    public void write(OutputStream out) {
        Map<UUID, Integer> numbers = new HashMap<>();
        queries.forEachIdByThread(id -> numbers.put(id, numbers.size() + 1));
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("content", "http://purl.org/rss/1.0/modules/content/");
            xml.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
            xml.writeNamespace("wp", WP);
            xml.writeStartElement("channel");
            leaf(xml, "title", "Comments exported by Moderato");
            leaf(xml, "description", "Every comment, each thread as a post");
            leaf(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)));
            wp(xml, "wxr_version", "1.2");
            Items items = new Items(xml, numbers);
            queries.forEachByThread(items::write);
            items.close();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }

    /** Opens an item at each new thread and closes the last one. */
    private static final class Items {
        private final XMLStreamWriter xml;
        private final Map<UUID, Integer> numbers;
        private String thread;
        private int posts;

        Items(XMLStreamWriter xml, Map<UUID, Integer> numbers) {
            this.xml = xml;
            this.numbers = numbers;
        }

        void write(Comment comment) {
            try {
                if (!comment.thread.equals(thread)) {
                    close();
                    open(comment);
                }
                comment(comment);
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new java.io.IOException(e));
            }
        }

        private void open(Comment first) throws XMLStreamException {
            thread = first.thread;
            posts++;
            xml.writeStartElement("item");
            leaf(xml, "title", thread);
            if (thread.startsWith("http://") || thread.startsWith("https://")) {
                leaf(xml, "link", thread);
            }
            leaf(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(first.createdAt.atOffset(ZoneOffset.UTC)));
            xml.writeStartElement("dc", "creator", "http://purl.org/dc/elements/1.1/");
            xml.writeCharacters("moderato");
            xml.writeEndElement();
            xml.writeStartElement("content", "encoded", "http://purl.org/rss/1.0/modules/content/");
            xml.writeEndElement();
            wp(xml, "post_id", Integer.toString(posts));
            wp(xml, "post_date", WORDPRESS_DATE.format(first.createdAt));
            wp(xml, "post_date_gmt", WORDPRESS_DATE.format(first.createdAt));
            wp(xml, "comment_status", "open");
            wp(xml, "ping_status", "closed");
            wp(xml, "status", "publish");
            wp(xml, "post_parent", "0");
            wp(xml, "post_type", "post");
            xml.writeStartElement("wp", "postmeta", WP);
            wp(xml, "meta_key", WxrParser.THREAD_META);
            wp(xml, "meta_value", thread);
            xml.writeEndElement();
        }

        private void comment(Comment comment) throws XMLStreamException {
            xml.writeStartElement("wp", "comment", WP);
            wp(xml, "comment_id", numbers.get(comment.id).toString());
            wp(xml, "comment_author", comment.name);
            wp(xml, "comment_author_email", comment.email == null ? "" : comment.email);
            wp(xml, "comment_author_url", comment.website == null ? "" : comment.website);
            wp(xml, "comment_author_IP", comment.ip == null ? "" : comment.ip);
            wp(xml, "comment_date", WORDPRESS_DATE.format(comment.createdAt));
            wp(xml, "comment_date_gmt", WORDPRESS_DATE.format(comment.createdAt));
            wp(xml, "comment_content", Entities.escape(comment.body));
            wp(xml, "comment_approved", switch (comment.status) {
                case APPROVED -> "1";
                case PENDING -> "0";
                case SPAM -> "spam";
                case REJECTED -> "trash";
            });
            wp(xml, "comment_type", "comment");
            Integer parent = comment.parentId == null ? null : numbers.get(comment.parentId);
            wp(xml, "comment_parent", parent == null ? "0" : parent.toString());
            wp(xml, "comment_user_id", "0");
            xml.writeEndElement();
        }

        void close() throws XMLStreamException {
            if (thread != null) {
                xml.writeEndElement();
            }
        }
    }

    private static void leaf(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void wp(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("wp", name, WP);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
