package dev.moderato.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An author a moderator has approved once. With {@code moderato.screening.trusted-authors} on, their
 * later comments in pre-moderated threads are published at once.
 */
@Entity
@Table(name = "trusted_author")
public class TrustedAuthor extends PanacheEntityBase {

    @Id
    public String email;

    public static boolean isTrusted(String email) {
        return count("email", email) > 0;
    }

    /** Records the author as trusted, in the caller's transaction; nothing changes when they already are. */
    public static void trust(String email) {
        getEntityManager().createNativeQuery("merge into trusted_author t using (select cast(?1 as varchar(254)) as email) n"
                        + " on t.email = n.email when not matched then insert (email) values (n.email)")
                .setParameter(1, email)
                .executeUpdate();
    }
}
