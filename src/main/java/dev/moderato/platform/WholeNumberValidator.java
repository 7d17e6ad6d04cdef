package dev.moderato.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

public class WholeNumberValidator implements ConstraintValidator<WholeNumber, String> {

    /** Up to 18 digits always fit a long; anything longer is out of every range here. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]{1,18}");

    private WholeNumber constraint;

    @Override
    public void initialize(WholeNumber constraint) {
        this.constraint = constraint;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String digits = value.strip();
        if (!digits.matches("[+-]?[0-9]+")) {
            return refuse(context, constraint.notANumber());
        }
        if (digits.startsWith("-")) {
            return !NUMBER.matcher(digits).matches() || Long.parseLong(digits) < constraint.min()
                    ? refuse(context, constraint.message()) : true;
        }
        if (!NUMBER.matcher(digits).matches() || Long.parseLong(digits) > constraint.max()) {
            return refuse(context, constraint.tooLarge().isEmpty() ? constraint.message() : constraint.tooLarge());
        }
        return Long.parseLong(digits) >= constraint.min() || refuse(context, constraint.message());
    }

    private static boolean refuse(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }

    /** The number of a parameter this constraint has passed. */
    public static int parse(String value) {
        return Integer.parseInt(value.strip());
    }
}
