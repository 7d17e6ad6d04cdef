package dev.moderato.submission;

import dev.moderato.comment.CommentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.UUID;

@ApplicationScoped
public class ParentInThreadValidator implements ConstraintValidator<ParentInThread, SubmissionRequest> {

    private final CommentStore comments;

    ParentInThreadValidator(CommentStore comments) {
        this.comments = comments;
    }

    @Override
    public boolean isValid(SubmissionRequest request, ConstraintValidatorContext context) {
        if (request == null || request.parentId() == null) {
            return true; // not a reply; the fields' own constraints have passed (SubmissionRequest.Lookups)
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
