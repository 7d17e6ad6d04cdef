package dev.moderato.comment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An email address: required, at most 254 characters, one {@code @} between a local part and a dotted domain,
 * with no space, control or invisible formatting character anywhere (they make one address look like another).
 */
@Visible(message = "{comment.email.required}")
@MaxLength(value = 254, message = "{comment.email.size}")
@Email(regexp = "|[^@\\s\\p{C}\\p{Z}]+@[^@\\s\\p{C}\\p{Z}]+\\.[^@\\s\\p{C}\\p{Z}]+", message = "{comment.email.invalid}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface EmailAddress {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
