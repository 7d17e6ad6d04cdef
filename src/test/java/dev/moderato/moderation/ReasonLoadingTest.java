package dev.moderato.moderation;

import dev.moderato.comment.Comment;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.junit.jupiter.api.Test;

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
}
