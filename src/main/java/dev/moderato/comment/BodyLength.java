package dev.moderato.comment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A comment body no longer than {@code moderato.body.max-length} characters. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BodyLengthValidator.class)
public @interface BodyLength {
    String message() default "{comment.body.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
