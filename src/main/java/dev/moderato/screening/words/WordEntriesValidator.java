package dev.moderato.screening.words;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.List;
import java.util.regex.Pattern;

public class WordEntriesValidator implements ConstraintValidator<WordEntries, List<String>> {

    static final int MAX_LENGTH = 100;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    @Override
    public boolean isValid(List<String> words, ConstraintValidatorContext context) {
        if (words == null || words.size() > WordLists.MAX_ENTRIES) {
            return true; // @NotNull and @Size say so, once, rather than a thousand times
        }
        var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        boolean valid = true;
        for (int i = 0; i < words.size(); i++) {
            String problem = problemWith(words.get(i));
            if (problem != null) {
                hibernate.addMessageParameter("position", i + 1)
                        .buildConstraintViolationWithTemplate(problem)
                        .addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    /** The message template for what is wrong with one entry, or null when nothing is. */
    private static String problemWith(String word) {
        // Only accents or invisible characters normalise to nothing, and nothing would match everywhere.
        if (word == null || WordMatcher.normalise(word).isEmpty()) {
            return "{wordlist.word.blank}";
        }
        String trimmed = word.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return "{wordlist.word.size}";
        }
        if (CONTROL.matcher(trimmed).find()) {
            return "{wordlist.word.control}";
        }
        return null;
    }
}
