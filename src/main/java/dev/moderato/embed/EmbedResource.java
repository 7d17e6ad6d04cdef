package dev.moderato.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.platform.http.Compressed;
import dev.moderato.platform.http.EntityTags;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The widget, {@code /embed.js}: the script with its stylesheet inside (one request, and styles that need no
 * {@code style-src} on the site's page), compressed once at start-up. Cached by browsers for a day and revalidated
 * by its ETag after that, so a new version reaches every reader within a day of the service's upgrade.
 */
@Path("/embed.js")
public class EmbedResource {

    static final String CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800";
    static final String MEDIA_TYPE = "text/javascript; charset=utf-8";
    private static final String CSS_PLACEHOLDER = "\"__MODERATO_CSS__\"";

    private final Compressed script;
    private final String etag;

    EmbedResource(ObjectMapper json) {
        byte[] bytes = assemble(json).getBytes(StandardCharsets.UTF_8);
        this.script = Compressed.of(bytes);
        this.etag = EntityTags.of(bytes);
    }

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "The comment widget for a site's article pages (docs/embedding.md)")
    public Response script(@Context HttpHeaders headers) {
        Compressed.Representation chosen = script.forClient(headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING));
        String tag = chosen.etag(etag);
        Response.ResponseBuilder answer = EntityTags.notModified(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), tag)
                ? Response.notModified()
                : Response.ok(chosen.bytes(), MEDIA_TYPE).encoding(chosen.encoding());
        return answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /** The script with its stylesheet as a string literal, white space between rules dropped. */
    static String assemble(ObjectMapper json) {
        String script = resource("embed/embed.js");
        String css = resource("embed/embed.css").replaceAll("\\s*\\n\\s*", " ").strip();
        try {
            return script.replace(CSS_PLACEHOLDER, json.writeValueAsString(css));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String resource(String name) {
        try (InputStream in = EmbedResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
