package dev.moderato.screening.words;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every entry of a word list is a word or phrase of 1 to 100 characters after trimming, without
 * control characters. Each bad entry is reported under the list's own field, with its position.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WordEntriesValidator.class)
public @interface WordEntries {
    String message() default "{wordlist.word.blank}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
