package dev.moderato.screening.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One moderator account cannot teach the filter alone: once another account has taught a kind (spam or
 * legitimate), one account's examples of it make up at most {@code maxShare} of the kind's, or
 * {@code minExamples} of them when that is more (a second account's first few decisions do not silence the
 * first). Beyond that, the account's oldest examples are left out. An account that is the only one to have
 * taught a kind is not capped: there is nobody to weigh it against.
 */
final class ModeratorCap {

    private ModeratorCap() {
    }

    /** The examples of one kind, newest first, that training keeps; in the same order. */
    static List<Examples.Stored> apply(List<Examples.Stored> kind, double maxShare, int minExamples) {
        Map<String, Integer> perModerator = new HashMap<>();
        kind.forEach(example -> perModerator.merge(example.moderator(), 1, Integer::sum));
        if (perModerator.size() < 2 || maxShare >= 1) {
            return kind;
        }
        Map<String, Integer> allowed = new HashMap<>();
        perModerator.forEach((moderator, count) -> {
            int others = kind.size() - count;
            long share = (long) Math.floor(others * maxShare / (1 - maxShare));
            allowed.put(moderator, (int) Math.min(count, Math.max(minExamples, share)));
        });
        List<Examples.Stored> kept = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (Examples.Stored example : kind) {
            if (taken.merge(example.moderator(), 1, Integer::sum) <= allowed.get(example.moderator())) {
                kept.add(example);
            }
        }
        return kept;
    }
}
