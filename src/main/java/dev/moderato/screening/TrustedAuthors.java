package dev.moderato.screening;

import dev.moderato.comment.ContentRules;
import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authors a moderator has approved once. With {@code moderato.screening.trusted-authors} on, their
 * later comments in pre-moderated threads are published at once. Rows hold the address as it is compared
 * ({@link ContentRules#emailKey}): the same person whatever capitals they type.
 */
@ApplicationScoped
public class TrustedAuthors {

    private final Sql sql;

    TrustedAuthors(Sql sql) {
        this.sql = sql;
    }

    public boolean isTrusted(String email) {
        return sql.exists("select 1 from trusted_author where email = ?", ContentRules.emailKey(email));
    }

    /** Records the author as trusted, in the caller's transaction; nothing changes when they already are. */
    public void trust(String email) {
        sql.update("merge into trusted_author t using (select cast(? as varchar(508)) as email) n"
                + " on t.email = n.email when not matched then insert (email) values (n.email)", ContentRules.emailKey(email));
    }

    /** Forgets the author, in the caller's transaction: an erasure. Answers whether they were trusted. */
    public boolean forget(String email) {
        return sql.update("delete from trusted_author where email = ?", ContentRules.emailKey(email)) > 0;
    }
}
