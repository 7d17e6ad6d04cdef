package dev.moderato.importing;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentSources;
import dev.moderato.comment.CommentStore;
import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.storage.Failures;
import dev.moderato.platform.storage.Sql;
import dev.moderato.thread.ThreadActivity;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Stores imported comments a batch at a time, as the group commit stores submissions: the comments, their history
 * entries, their sources and their threads' first comments inserted in batches and committed together. A batch is
 * all or nothing; one that fails ends the import, and importing the same export again stores only what is missing.
 */
@ApplicationScoped
class ImportWriter {

    private static final Logger LOG = Logger.getLogger(ImportWriter.class);

    private final AgroalDataSource dataSource;
    private final CommentStore comments;
    private final CommentHistory history;
    private final CommentSources sources;
    private final ThreadActivity threads;

    ImportWriter(AgroalDataSource dataSource, CommentStore comments, CommentHistory history, CommentSources sources,
                 ThreadActivity threads) {
        this.dataSource = dataSource;
        this.comments = comments;
        this.history = history;
        this.sources = sources;
        this.threads = threads;
    }

    void store(List<Comment> batch, List<CommentEvent> events, List<CommentSources.Source> batchSources) {
        Map<String, Instant> newThreads;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                comments.insert(connection, batch);
                history.insert(connection, events);
                sources.insert(connection, batchSources);
                newThreads = threads.unrecordedIn(batch);
                threads.record(connection, newThreads);
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        } catch (SQLException | RuntimeException failure) {
            throw answer(failure);
        }
        threads.recorded(newThreads.keySet());
    }

    private static RuntimeException answer(Exception failure) {
        if (Sql.isUniqueViolation(failure)) {
            return DomainException.conflict("Another import stored some of these comments meanwhile; import the export"
                    + " again once it has finished: what is stored already is passed over.");
        }
        // The class and state only: a database message can quote the row's values, personal data included.
        LOG.warnf("Storing a batch of imported comments failed: %s [%s]", failure.getClass().getName(),
                Failures.sqlState(failure));
        return Failures.isUnavailable(failure) ? DomainException.unavailable() : DomainException.unstorable();
    }
}
