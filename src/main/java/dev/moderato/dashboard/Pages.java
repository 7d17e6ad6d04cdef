package dev.moderato.dashboard;

import dev.moderato.moderation.DecisionJob;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The dashboard's templates, under {@code templates/dashboard/}. */
@CheckedTemplate(basePath = "dashboard")
final class Pages {

    private Pages() {
    }

    static native TemplateInstance signIn(Frame frame, String next, String username, boolean wrong, long throttledFor,
                                           boolean signedOut);

    static native TemplateInstance refused(Frame frame, String why);

    static native TemplateInstance notFound(Frame frame);

    static native TemplateInstance queue(Frame frame, QueueView queue);

    static native TemplateInstance items(Frame frame, QueueView queue);

    static native TemplateInstance confirmMatching(Frame frame, QueueResource.Confirmation confirm);

    static native TemplateInstance job(Frame frame, DecisionJob job);

    static native TemplateInstance comment(Frame frame, CommentView view);

    static native TemplateInstance conflict(Frame frame, Conflict conflict);

    static native TemplateInstance threads(Frame frame, ThreadsResource.ThreadsView threads);

    static native TemplateInstance stats(Frame frame, StatsResource.StatsView stats);

    static native TemplateInstance wordLists(Frame frame, AdminResource.WordListsView lists);

    static native TemplateInstance moderators(Frame frame, AdminResource.ModeratorsView moderators);
}
