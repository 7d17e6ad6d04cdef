package dev.moderato.comment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The author's name: something visible, at most 245 characters (WordPress's limit), no control or text-direction characters.
 * The same rule for a submission and a moderator's edit; each broken part is reported on its own.
 */
@Visible(message = "{comment.name.required}")
@MaxLength(value = 245, message = "{comment.name.size}")
@PlainText(message = "{comment.name.control}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface AuthorName {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
