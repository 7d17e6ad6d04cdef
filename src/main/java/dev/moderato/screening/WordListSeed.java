package dev.moderato.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

/**
 * Marks a word list as seeded from configuration, so that restarting never undoes an
 * administrator's edits. Its row is also the lock that serialises replacements of the list.
 */
@Entity
public class WordListSeed extends PanacheEntityBase {

    @Id
    public String list;

    static boolean exists(WordList list) {
        return findById(list.key()) != null;
    }

    /** Locks the list's row for this transaction, creating it when the list was never seeded. */
    static void lock(WordList list) {
        if (findById(list.key(), LockModeType.PESSIMISTIC_WRITE) == null) {
            mark(list);
        }
    }

    static void mark(WordList list) {
        WordListSeed seed = new WordListSeed();
        seed.list = list.key();
        seed.persistAndFlush(); // fails here, not at commit, when another replica seeded the list meanwhile
    }
}
