package dev.moderato.screening.words;

import dev.moderato.platform.problem.DomainException;
import dev.moderato.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/admin/word-lists/{list}")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class WordListResource {

    private final WordLists lists;

    WordListResource(WordLists lists) {
        this.lists = lists;
    }

    @GET
    @Operation(summary = "The words and phrases of a list: disallowed (spam) or moderation (held)")
    public WordListView get(@PathParam("list") String list) {
        return new WordListView(lists.words(named(list)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a list's words and phrases; applies to the next submission")
    public WordListView replace(@PathParam("list") String list,
                                @Valid @NotNull(message = "{wordlist.words.required}") WordListUpdate update) {
        return new WordListView(lists.replace(named(list), update.words()));
    }

    private static WordList named(String list) {
        return WordList.named(list).orElseThrow(() -> DomainException.notFound(
                "There is no such word list: the lists are disallowed and moderation."));
    }
}
