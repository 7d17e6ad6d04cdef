package dev.moderato.importing;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentSources;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Ids;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The second step of one import: the spooled comments given their ids (new ones, or those of the comments
 * imported before), their threads and their parents, and stored {@value #BATCH} at a time. Each stored comment
 * gets one history entry, action {@code import}, by the importing administrator.
 */
final class ImportBatches {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(ImportBatches.class);

    private final ImportWriter writer;
    private final Conversion conversion;
    private final ExportParser parser;
    private final String actor;
    private final Tally tally;
    private final Map<String, Optional<String>> threadKeys = new HashMap<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final List<Comment> comments = new ArrayList<>(BATCH);
    private final List<CommentEvent> events = new ArrayList<>(BATCH);
    private final List<CommentSources.Source> sources = new ArrayList<>(BATCH);
    private final Set<String> published = new HashSet<>();

    ImportBatches(ImportWriter writer, Conversion conversion, ExportParser parser, String actor, Tally tally) {
        this.writer = writer;
        this.conversion = conversion;
        this.parser = parser;
        this.actor = actor;
        this.tally = tally;
    }

    /** Stores what the spool holds and is not stored yet; answers the threads whose public comments changed. */
    Set<String> store(Spool spool, Map<String, UUID> existing) {
        Map<String, UUID> fresh = new HashMap<>();
        spool.forEach(comment -> {
            if (!existing.containsKey(comment.sourceId()) && threadOf(comment).isPresent()) {
                fresh.put(comment.sourceId(), Ids.next());
            }
        });
        spool.forEach(comment -> {
            Optional<String> thread = threadOf(comment);
            if (existing.containsKey(comment.sourceId())) {
                tally.alreadyPresent++;
                thread.ifPresent(tally::thread);
            } else if (thread.isEmpty()) {
                tally.problem(comment.sourceId(), "Not imported: its post or thread has no " + keyName() + " that makes a thread key.");
            } else {
                add(comment, fresh.get(comment.sourceId()), thread.get(), parentOf(comment, fresh, existing));
            }
        });
        flush();
        return published;
    }

    private void add(ImportedComment imported, UUID id, String thread, UUID parent) {
        Comment comment = new Comment();
        comment.id = id;
        comment.thread = thread;
        comment.parentId = parent;
        comment.name = imported.name();
        comment.email = imported.email();
        comment.website = imported.website();
        comment.body = imported.body();
        comment.status = imported.status();
        comment.ip = imported.ip();
        comment.createdAt = imported.createdAt();
        comments.add(comment);
        events.add(CommentEvent.of(id, now, actor, "import", null, comment.status,
                parser.format().key() + " " + imported.sourceId()));
        sources.add(new CommentSources.Source(parser.format().key(), imported.sourceId(), id));
        tally.thread(thread);
        if (comment.status == CommentStatus.APPROVED) {
            published.add(thread);
        }
        if (comments.size() == BATCH) {
            flush();
        }
    }

    private UUID parentOf(ImportedComment comment, Map<String, UUID> fresh, Map<String, UUID> existing) {
        if (comment.parentId() == null) {
            return null;
        }
        UUID parent = fresh.getOrDefault(comment.parentId(), existing.get(comment.parentId()));
        if (parent == null) {
            tally.problem(comment.sourceId(), "Its parent " + comment.parentId() + " is not in the export, or was not"
                    + " imported: imported as a comment of its own, not a reply.");
        }
        return parent;
    }

    private Optional<String> threadOf(ImportedComment comment) {
        return threadKeys.computeIfAbsent(comment.threadRef() == null ? "" : comment.threadRef(),
                ref -> parser.threadKey(comment.threadRef()).flatMap(conversion::threadKey));
    }

    private String keyName() {
        return parser.format() == ImportFormat.WORDPRESS ? "post id, link or moderato_thread" : "link or id";
    }

    private void flush() {
        if (comments.isEmpty()) {
            return;
        }
        writer.store(comments, events, sources);
        int before = tally.imported;
        tally.imported += comments.size();
        if (tally.imported / ImportService.PROGRESS_EVERY > before / ImportService.PROGRESS_EVERY) {
            LOG.infof("Import by %s: %d comments stored", actor, tally.imported);
        }
        comments.clear();
        events.clear();
        sources.clear();
    }
}
