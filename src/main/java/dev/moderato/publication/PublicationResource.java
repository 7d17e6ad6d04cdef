package dev.moderato.publication;

import dev.moderato.comment.Comment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

    @GET
    @Operation(summary = "Approved comments of a thread, oldest first")
    public ThreadPage list(@QueryParam("thread") @NotBlank(message = "{query.thread.required}") String thread,
                           @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{query.page.min}") int page,
                           @QueryParam("size") @DefaultValue("50")
                           @Min(value = 1, message = "{query.size.range}")
                           @Max(value = 200, message = "{query.size.range}") int size) {
        List<PublicComment> items = Comment.approvedInThread(thread, page, size).stream()
                .map(PublicComment::of)
                .toList();
        return new ThreadPage(thread, Comment.countApprovedInThread(thread), page, size, items);
    }

    @GET
    @Path("/count")
    @Operation(summary = "Number of approved comments for each thread asked for")
    public Map<String, Long> count(@QueryParam("thread")
                                   @NotEmpty(message = "{query.threads.range}")
                                   @Size(max = 100, message = "{query.threads.range}") List<String> thread) {
        // Named like the query parameter: a violation reports the Java parameter's name as its field.
        Map<String, Long> counts = new LinkedHashMap<>();
        thread.forEach(each -> counts.put(each, 0L));
        counts.putAll(Comment.countApprovedInThreads(thread));
        return counts;
    }
}
