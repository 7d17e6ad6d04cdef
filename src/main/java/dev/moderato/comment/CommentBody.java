package dev.moderato.comment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The comment's text: required, at most {@code moderato.body.max-length} characters after trimming.
 * The same rule for a submission and a moderator's edit; each broken part is reported on its own.
 */
@Visible(message = "{comment.body.required}")
@BodyLength
@PlainText(multiline = true, message = "{comment.body.control}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface CommentBody {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
