package dev.moderato.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.util.List;

/** One word or phrase of a word list, as the administrator wrote it (trimmed). */
@Entity
@IdClass(WordListEntry.Key.class)
public class WordListEntry extends PanacheEntityBase {

    @Id
    public String list;

    @Id
    public String word;

    public record Key(String list, String word) implements Serializable {
    }

    static WordListEntry of(WordList list, String word) {
        WordListEntry entry = new WordListEntry();
        entry.list = list.key();
        entry.word = word;
        return entry;
    }

    static List<WordListEntry> allOf(WordList list) {
        return list("list", list.key());
    }

    static void deleteAll(WordList list) {
        delete("list", list.key());
    }
}
