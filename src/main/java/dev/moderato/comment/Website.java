package dev.moderato.comment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.hibernate.validator.constraints.URL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional http or https address of at most 200 characters.
 * The same rule for a submission and a moderator's edit; each broken part is reported on its own.
 */
@MaxLength(value = 200, message = "{comment.website.size}")
@URL(regexp = "(?i)https?://.+", message = "{comment.website.invalid}")
@PlainText(message = "{comment.website.invalid}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface Website {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
