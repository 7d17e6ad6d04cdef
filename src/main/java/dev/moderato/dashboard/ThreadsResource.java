package dev.moderato.dashboard;

import dev.moderato.comment.ContentRules;
import dev.moderato.thread.ThreadActivity;
import dev.moderato.thread.ThreadMode;
import dev.moderato.thread.ThreadSettings;
import dev.moderato.thread.ThreadView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Threads: open or closed, pre- or post-moderated, when auto-close shuts them; the settings the API offers. */
@Path("/dashboard/threads")
@Produces(MediaType.TEXT_HTML)
public class ThreadsResource {

    private static final int LATEST = 30;

    private final Visit visit;
    private final ThreadSettings settings;
    private final ThreadActivity activity;

    ThreadsResource(Visit visit, ThreadSettings settings, ThreadActivity activity) {
        this.visit = visit;
        this.settings = settings;
        this.activity = activity;
    }

    /** A thread's settings now, and when its first comment came (null when it has none yet). */
    public record ThreadRow(ThreadView settings, Instant firstCommentAt) {
    }

    /** The looked-up thread (null when none), the latest threads, and the one just saved. */
    public record ThreadsView(ThreadRow lookedUp, String query, List<ThreadRow> latest, String saved) {
    }

    @GET
    public Response page(@QueryParam("thread") String thread, @QueryParam("saved") String saved) {
        Frame frame = Frame.of(visit, visit.signedIn(), "threads");
        String key = key(thread);
        ThreadRow lookedUp = key == null ? null : new ThreadRow(settings.settingOf(key), activity.firstCommentAt(key).orElse(null));
        List<ThreadRow> latest = activity.latest(LATEST).stream()
                .map(started -> new ThreadRow(settings.settingOf(started.thread()), started.firstCommentAt()))
                .toList();
        return Html.ok(frame, Pages.threads(frame, new ThreadsView(lookedUp, thread == null ? "" : thread, latest,
                key(saved))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("csrf") String csrf, @FormParam("thread") String thread,
                         @FormParam("open") String open, @FormParam("mode") String mode) {
        visit.posted(csrf);
        String key = key(thread);
        if (key == null || !(ThreadMode.PRE.wireName().equals(mode) || ThreadMode.POST.wireName().equals(mode))) {
            return Html.seeOther("/dashboard/threads");
        }
        settings.update(key, "true".equals(open), ThreadMode.of(mode));
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
        return Html.seeOther("/dashboard/threads?thread=" + encoded + "&saved=" + encoded);
    }

    /** A thread key under the submission rules, or null. */
    private static String key(String thread) {
        String key = ContentRules.trimmed(thread);
        if (key == null || key.isEmpty() || ContentRules.length(key) > 200 || ContentRules.forbidden(key, false) >= 0) {
            return null;
        }
        return key;
    }
}
