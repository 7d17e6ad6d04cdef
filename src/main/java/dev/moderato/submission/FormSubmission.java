package dev.moderato.submission;

import dev.moderato.platform.problem.Violation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plain HTML form post, under Moderato's field names or those of a WordPress comment form, so
 * an existing WordPress form can post here unchanged. Remembers which name each value came
 * under, so errors name the field the reader actually filled in.
 */
record FormSubmission(SubmissionRequest request, String redirectTo, FormHints hints,
                      Map<String, String> submittedNames) {

    /** The checkbox "notify me of replies": {@code moderato_notify=1} ({@code on}, a checkbox's default value, too). */
    static final String NOTIFY_FIELD = "moderato_notify";

    /** A WordPress comment id, as its "Reply" links post it in {@code comment_parent}. */
    private static final Pattern WORDPRESS_ID = Pattern.compile("[0-9]{1,40}");

    private static final String[][] ALIASES = {
            {"thread", "comment_post_ID"},
            {"parentId", "comment_parent"},
            {"name", "author"},
            {"email"},
            {"website", "url"},
            {"body", "comment"},
    };

    static FormSubmission from(Map<String, List<String>> form, String honeypotField, String tokenField) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String[] aliases : ALIASES) {
            String field = aliases[0];
            names.put(field, field);
            for (String alias : aliases) {
                String value = first(form, alias);
                if (value != null) {
                    values.put(field, value);
                    names.put(field, alias);
                    break;
                }
            }
        }
        String parent = values.get("parentId") == null ? null : values.get("parentId").strip();
        String wordPressParent = null;
        if ("0".equals(parent)) {
            values.remove("parentId"); // WordPress sends 0 for a top-level comment
        } else if ("comment_parent".equals(names.get("parentId")) && parent != null && WORDPRESS_ID.matcher(parent).matches()) {
            values.remove("parentId"); // a WordPress comment id, resolved (or dropped) where the database may be asked
            wordPressParent = parent;
        }
        SubmissionRequest request = new SubmissionRequest(values.get("thread"), values.get("parentId"),
                values.get("name"), values.get("email"), values.get("website"), values.get("body"));
        FormHints hints = new FormHints(first(form, honeypotField), first(form, tokenField), wordPressParent);
        return new FormSubmission(request, first(form, "redirect_to"), hints, Map.copyOf(names));
    }

    /** The hints, with the reader's wish to hear of replies in {@code language} when the form's checkbox was ticked. */
    static FormHints notifying(FormHints hints, Map<String, List<String>> form, Locale language) {
        String notify = first(form, NOTIFY_FIELD);
        return "1".equals(notify) || "on".equals(notify) ? hints.notifyingRepliesIn(language) : hints;
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The violations under the names this form used. */
    List<Violation> asSubmitted(List<Violation> violations) {
        return violations.stream()
                .map(v -> new Violation(submittedNames.getOrDefault(v.field(), v.field()), v.message()))
                .toList();
    }
}
