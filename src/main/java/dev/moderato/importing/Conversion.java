package dev.moderato.importing;

import dev.moderato.comment.CommentContent;
import dev.moderato.comment.ContentRules;
import dev.moderato.comment.EmailAddress;
import dev.moderato.comment.ThreadKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges an export's comment by the rules a submission and a moderator's edit meet ({@link ContentRules}, the
 * constraints of {@link CommentContent}): the name, the website and the body tidied and checked the same way. Old
 * sites hold comments without an email, or with one no form would take today: those keep their place with the
 * email left empty, as a website that is not an http(s) address is left out and a missing name becomes
 * "Anonymous". A body the rules refuse (too long, empty, control characters) is reported, never cut.
 */
@ApplicationScoped
class Conversion {

    static final String ANONYMOUS = "Anonymous";
    private static final int MAX_IP = 45;

    /** The email, left empty rather than refused when it breaks the rules. */
    record Optionals(@EmailAddress String email) {
    }

    record Thread(@ThreadKey String key) {
    }

    private final Validator validator;

    Conversion(Validator validator) {
        this.validator = validator;
    }

    /** The comment as Moderato would store it, or the sentence that says why it cannot be. */
    Result convert(SourceComment source) {
        if (source.id().isBlank()) {
            return Result.refused("it has no id in the export");
        }
        if (source.createdAt() == null) {
            return Result.refused("it has no date that can be read");
        }
        String name = ContentRules.isVisible(source.name()) ? source.name() : ANONYMOUS;
        String email = ContentRules.trimmed(source.email());
        String website = ContentRules.optional(source.website());
        CommentContent content = new CommentContent(name, website, HtmlText.of(source.html()));
        Set<ConstraintViolation<CommentContent>> broken = validator.validate(content);
        if (broken.stream().anyMatch(violation -> !violation.getPropertyPath().toString().equals("website"))) {
            return Result.refused(sentence(broken));
        }
        boolean emailValid = validator.validateValue(Optionals.class, "email", email).isEmpty();
        boolean websiteValid = broken.isEmpty();
        String ip = ContentRules.optional(source.ip());
        return Result.of(new ImportedComment(source.id(), source.parentId(), source.threadRef(), content.name(),
                emailValid ? email : "", websiteValid ? content.website() : null,
                ip == null || ip.length() > MAX_IP ? null : ip, content.body(), source.createdAt(), source.status()));
    }

    /** The thread key tidied, if it meets the rules of a thread key. */
    Optional<String> threadKey(String key) {
        String tidy = ContentRules.trimmed(key);
        return validator.validate(new Thread(tidy)).isEmpty() ? Optional.of(tidy) : Optional.empty();
    }

    private static String sentence(Set<? extends ConstraintViolation<?>> broken) {
        return broken.stream()
                .filter(violation -> !violation.getPropertyPath().toString().equals("website"))
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .collect(Collectors.joining("; "));
    }

    /** A comment that can be stored, or why not. */
    record Result(ImportedComment comment, String problem) {
        static Result of(ImportedComment comment) {
            return new Result(comment, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }
    }
}
