package dev.moderato.support;

import dev.moderato.comment.CommentStore;
import dev.moderato.platform.storage.Sql;
import io.quarkus.arc.Arc;

/** The service's own storage beans, for fixtures that read or change the database directly. */
public final class Database {

    private Database() {
    }

    public static Sql sql() {
        return Arc.container().instance(Sql.class).get();
    }

    public static CommentStore comments() {
        return Arc.container().instance(CommentStore.class).get();
    }
}
