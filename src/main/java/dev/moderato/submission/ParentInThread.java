package dev.moderato.submission;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A reply's {@code parentId} names an approved comment of the same thread. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ParentInThreadValidator.class)
public @interface ParentInThread {
    String message() default "{comment.parentId.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
