package dev.moderato.comment;

import dev.moderato.platform.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

@ApplicationScoped
public class BodyLengthValidator implements ConstraintValidator<BodyLength, String> {

    // Looked up on use: Hibernate Validator builds its validators at static init, before runtime config exists.
    private final Instance<ModeratoConfig> config;

    BodyLengthValidator(Instance<ModeratoConfig> config) {
        this.config = config;
    }

    @Override
    public boolean isValid(String body, ConstraintValidatorContext context) {
        int maxLength = config.get().body().maxLength();
        if (body == null || ContentRules.length(body) <= maxLength) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", maxLength);
        return false;
    }
}
