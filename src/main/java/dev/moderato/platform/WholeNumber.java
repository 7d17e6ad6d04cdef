package dev.moderato.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter that is a whole number from {@code min} to {@code max}. Taken as text, so that {@code abc},
 * {@code 1e3} or a number past {@code int} is a 400 naming the parameter, not the 404 that JAX-RS answers when
 * it cannot convert a query parameter.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumberValidator.class)
public @interface WholeNumber {
    long min();

    long max() default Integer.MAX_VALUE;

    /** When it is a number below {@code min}, or above {@code max} unless {@link #tooLarge} says otherwise. */
    String message();

    /** When it is a number above {@code max}; {@link #message} when empty. */
    String tooLarge() default "";

    /** When it is no whole number at all. */
    String notANumber();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
