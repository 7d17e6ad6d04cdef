package dev.moderato.publication;

import dev.moderato.comment.ContentRules;
import dev.moderato.comment.MaxLength;
import dev.moderato.comment.PlainText;
import dev.moderato.platform.WholeNumber;
import dev.moderato.platform.http.Compressed;
import dev.moderato.platform.http.EntityTags;
import dev.moderato.platform.WholeNumberValidator;
import dev.moderato.platform.i18n.Languages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Map;

@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

    /** Anyone may store the page, but must ask again before reusing it: that revalidation is a cheap 304. */
    static final String CACHE_CONTROL = "public, no-cache";

    private final PublishedThreads published;

    PublicationResource(PublishedThreads published) {
        this.published = published;
    }

    @GET
    @Operation(summary = "Approved comments of a thread, oldest first",
            description = "Carries an ETag; send it back in If-None-Match to get 304 Not Modified while the page is unchanged.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadPage.class)))
    @APIResponse(responseCode = "304", description = "The page is still the one the If-None-Match tag names")
    // Sent with gzip or Brotli when Accept-Encoding takes them, compressed once when the page is cached.
    public Response list(@QueryParam("thread") @NotBlank(message = "{query.thread.required}")
                         @MaxLength(value = 200, message = "{comment.thread.size}")
                         @PlainText(message = "{comment.thread.control}") String thread,
                         @QueryParam("page") @DefaultValue("0")
                         @WholeNumber(min = 0, message = "{query.page.min}", tooLarge = "{query.page.number}",
                                 notANumber = "{query.page.number}") String page,
                         @QueryParam("size") @DefaultValue("50")
                         @WholeNumber(min = 1, max = 200, message = "{query.size.range}",
                                 notANumber = "{query.size.number}") String size,
                         @Context HttpHeaders headers) {
        PublishedPage content = published.page(ContentRules.trimmed(thread), WholeNumberValidator.parse(page),
                WholeNumberValidator.parse(size)).in(Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        Compressed.Representation chosen = content.json().forClient(headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = chosen.etag(content.etag());
        Response.ResponseBuilder answer = EntityTags.notModified(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified()
                : Response.ok(chosen.bytes(), MediaType.APPLICATION_JSON_TYPE).encoding(chosen.encoding());
        // An erased author's name is in the reader's language: a shared cache keeps a copy per language and coding.
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    @GET
    @Path("/count")
    @Operation(summary = "Number of approved comments for each thread asked for")
    public Map<String, Long> count(@QueryParam("thread")
                                   @NotEmpty(message = "{query.threads.range}")
                                   @Size(max = 100, message = "{query.threads.range}")
                                   List<@MaxLength(value = 200, message = "{comment.thread.size}")
                                           @PlainText(message = "{comment.thread.control}") String> thread) {
        // Named like the query parameter: a violation reports the Java parameter's name as its field.
        return counts(thread);
    }

    @POST
    @Path("/count")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same counts for a list of threads sent as {\"threads\":[…]}, for lists too long for a URL")
    public Map<String, Long> count(@Valid @NotNull(message = "{query.threads.range}") ThreadList request) {
        return counts(request.threads());
    }

    private Map<String, Long> counts(List<String> threads) {
        return published.counts(threads.stream().map(ContentRules::trimmed).toList());
    }
}
