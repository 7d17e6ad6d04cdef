package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a queue page loads its comments' reasons. Hibernate ORM builds a new loader, SQL included, each time it loads a
 * collection whose batch size differs from the session's: that was ~96 % of what a queue page allocated.
 */
@QuarkusTest
class ReasonLoadingTest {

    @Inject
    EntityManager entityManager;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ModerationService moderation;

    @Test
    @TestTransaction
    void theReasonsOfAWholePageLoadInOneBatchWithTheLoaderBuiltAtStart() {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        CollectionPersister reasons = session.getFactory().getMappingMetamodel()
                .getCollectionDescriptor(Comment.class.getName() + ".reasons");

        int largestPage = ModerationResource.LARGEST_PAGE;
        assertTrue(reasons.getBatchSize() >= largestPage,
                "batch size " + reasons.getBatchSize() + " splits a page of " + largestPage + " into several queries");
        assertFalse(reasons.getAttributeMapping().isAffectedByInfluencers(session.getLoadQueryInfluencers(), true),
                "Hibernate would build a new loader for the reasons of every page");
    }

    @Test
    void aQueuePageReadsItsCommentsAndAllTheirReasonsInThreeQueries() {
        String thread = Comments.newThread();
        for (int i = 0; i < 5; i++) {
            Comments.submit(Comments.valid(thread));
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        QueuePage page;
        try {
            page = moderation.queue(CommentStatus.PENDING, thread, 0, 50);
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertEquals(5, page.items().size());
        // the count, the page, and one query for the reasons of the whole page (not one per comment)
        assertEquals(3, statistics.getPrepareStatementCount(), "statements prepared for one queue page");
    }
}
