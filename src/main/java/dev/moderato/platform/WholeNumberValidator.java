package dev.moderato.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigInteger;
import java.util.regex.Pattern;

public class WholeNumberValidator implements ConstraintValidator<WholeNumber, String> {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

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
        if (!WHOLE.matcher(digits).matches()) {
            return refuse(context, constraint.notANumber());
        }
        BigInteger number = new BigInteger(digits); // however many digits were sent
        if (number.compareTo(BigInteger.valueOf(constraint.min())) < 0) {
            return refuse(context, constraint.message());
        }
        if (number.compareTo(BigInteger.valueOf(constraint.max())) > 0) {
            return refuse(context, constraint.tooLarge().isEmpty() ? constraint.message() : constraint.tooLarge());
        }
        return true;
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
