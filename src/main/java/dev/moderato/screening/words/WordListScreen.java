package dev.moderato.screening.words;

import dev.moderato.screening.Candidate;
import dev.moderato.screening.Screen;
import dev.moderato.screening.Verdict;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A disallowed word or phrase anywhere in the name, email address, website or body makes the
 * comment spam; a moderation word holds it for a moderator. The detail names the word, for
 * moderators only.
 */
@ApplicationScoped
@Priority(600)
public class WordListScreen implements Screen {

    private final WordLists lists;

    WordListScreen(WordLists lists) {
        this.lists = lists;
    }

    private record Field(String label, String value) {
    }

    @Override
    public Verdict check(Candidate candidate) {
        WordMatcher disallowed = lists.matcher(WordList.DISALLOWED);
        WordMatcher moderation = lists.matcher(WordList.MODERATION);
        if (disallowed.isEmpty() && moderation.isEmpty()) {
            return Verdict.PASS;
        }
        Verdict verdict = Verdict.PASS;
        for (Field field : fields(candidate)) {
            String text = WordMatcher.normalise(field.value());
            Optional<String> word = disallowed.findIn(text);
            if (word.isPresent()) {
                return Verdict.spam("disallowed_word", detail(field, word.get(), WordList.DISALLOWED));
            }
            if (verdict == Verdict.PASS) {
                verdict = moderation.findIn(text)
                        .map(held -> Verdict.hold("moderation_word", detail(field, held, WordList.MODERATION)))
                        .orElse(Verdict.PASS);
            }
        }
        return verdict;
    }

    private static String detail(Field field, String word, WordList list) {
        return "The " + field.label() + " contains \"" + word + "\", on the " + list.key() + " list.";
    }

    private static List<Field> fields(Candidate candidate) {
        return Stream.of(new Field("name", candidate.name()), new Field("email address", candidate.email()),
                        new Field("website", candidate.website()), new Field("body", candidate.body()))
                .filter(field -> field.value() != null)
                .toList();
    }
}
