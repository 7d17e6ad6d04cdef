package dev.moderato.comment;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class VisibleValidator implements ConstraintValidator<Visible, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return ContentRules.isVisible(value);
    }
}
