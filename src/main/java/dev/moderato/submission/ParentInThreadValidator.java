package dev.moderato.submission;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class ParentInThreadValidator implements ConstraintValidator<ParentInThread, SubmissionRequest> {

    private static final Pattern ID_SHAPE = Pattern.compile(Comment.ID_SHAPE);

    private final CommentStore comments;

    ParentInThreadValidator(CommentStore comments) {
        this.comments = comments;
    }

    @Override
    public boolean isValid(SubmissionRequest request, ConstraintValidatorContext context) {
        if (request == null || request.parentId() == null || request.thread() == null
                || !ID_SHAPE.matcher(request.parentId()).matches()) {
            return true; // absent, or already reported by the field's own constraints
        }
        boolean found = comments.isApprovedIn(UUID.fromString(request.parentId()), request.thread());
        if (!found) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("parentId")
                    .addConstraintViolation();
        }
        return found;
    }
}
