package dev.moderato.screening;

import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Reason;

import java.util.List;

/**
 * Where a screened submission goes: its status, the reasons moderators will see, the
 * outcome it is counted under ({@code accepted}, {@code held} or {@code spam}), and the learning
 * spam filter's score (null when it did not score it).
 */
public record ScreeningResult(CommentStatus status, List<Reason> reasons, String outcome, Double spamScore) {
}
