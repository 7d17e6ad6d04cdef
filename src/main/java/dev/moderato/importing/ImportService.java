package dev.moderato.importing;

import dev.moderato.comment.CommentSources;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.publication.PublishedCommentsChanged;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.xml.stream.XMLStreamException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Imports a WordPress or Disqus export in two steps. First the whole document is read as a stream: its format told
 * from its root, each comment judged by Moderato's rules and the ones that pass written to a {@link Spool}. Only a
 * document read to its end, well-formed and within {@code moderato.import.max-size}, reaches the second step, which
 * looks up the comments imported before, links replies to their parents and stores the rest in batches
 * ({@link ImportBatches}). No screening runs: an import brings a site's decisions, not new submissions.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final int PROGRESS_EVERY = 10_000;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Conversion conversion;
    private final CommentSources sources;
    private final ImportWriter writer;
    private final Event<PublishedCommentsChanged> published;
    private final long maxBytes;

    ImportService(Conversion conversion, CommentSources sources, ImportWriter writer,
                  Event<PublishedCommentsChanged> published, ModeratoConfig config) {
        this.conversion = conversion;
        this.sources = sources;
        this.writer = writer;
        this.published = published;
        this.maxBytes = config.importing().maxSize().asLongValue();
    }

    /**
     * Imports the export in {@code body} for the administrator {@code actor}, its threads keyed as {@code threads}
     * ({@code id}, {@code path}, {@code url} or null for the format's default). One import runs at a time here.
     */
    public ImportReport importExport(InputStream body, String threads, String actor) {
        ThreadKeys keys = ThreadKeys.parse(threads);
        if (!running.compareAndSet(false, true)) {
            throw DomainException.conflict("An import is running; send this one again once it has finished.");
        }
        try (Spool spool = new Spool()) {
            Tally tally = new Tally();
            Set<String> referenced = new HashSet<>();
            ExportParser parser = read(new LimitedStream(body, maxBytes), keys, spool, tally, referenced);
            Map<String, UUID> existing = sources.find(parser.format().key(), referenced);
            LOG.infof("Import by %s: %d %s comments read, %d of them imported before; storing the rest",
                    actor, spool.count(), parser.format().key(), existing.size());
            new ImportBatches(writer, conversion, parser, actor, tally).store(spool, existing)
                    .forEach(thread -> published.fire(new PublishedCommentsChanged(thread)));
            LOG.infof("Import by %s: %d comments stored, %d already present, %d skipped", actor, tally.imported,
                    tally.alreadyPresent, tally.skipped);
            return tally.report(parser.format());
        } finally {
            running.set(false);
        }
    }

    /** Reads the whole document, spooling the comments that pass the rules; every id met goes to {@code referenced}. */
    private ExportParser read(LimitedStream body, ThreadKeys keys, Spool spool, Tally tally, Set<String> referenced) {
        try {
            XmlExports.Opened opened = XmlExports.open(body, keys);
            opened.parser().parse(opened.reader(), new ExportParser.Sink() {
                private final Set<String> seen = new HashSet<>();
                private int read;

                @Override
                public void comment(SourceComment comment) {
                    if (++read % PROGRESS_EVERY == 0) {
                        LOG.infof("Import: %d comments read", read);
                    }
                    if (!comment.id().isBlank() && !seen.add(comment.id())) {
                        tally.problem(comment.id(), "The export holds this id twice; the first is imported.");
                        return;
                    }
                    referenced.add(comment.id());
                    if (comment.parentId() != null) {
                        referenced.add(comment.parentId());
                    }
                    Conversion.Result result = conversion.convert(comment);
                    if (result.comment() == null) {
                        tally.problem(comment.id(), "Not imported: " + result.problem() + ".");
                    } else {
                        spool.write(result.comment());
                    }
                }

                @Override
                public void skipped() {
                    tally.skipped++;
                }
            });
            return opened.parser();
        } catch (XMLStreamException malformed) {
            throw refusal(malformed, body);
        }
    }

    private static ImportRefused refusal(XMLStreamException malformed, LimitedStream body) {
        if (body.exceeded()) {
            return new ImportRefused("The export is larger than the import's limit (moderato.import.max-size);"
                    + " nothing was imported.", true);
        }
        String where = malformed.getLocation() == null ? ""
                : " (line " + malformed.getLocation().getLineNumber() + ", column " + malformed.getLocation().getColumnNumber() + ")";
        return new ImportRefused("The export is not well-formed XML" + where + ", or ends before its last element;"
                + " nothing was imported.");
    }
}
