package dev.moderato.importing;

import dev.moderato.importing.Exports.Post;
import dev.moderato.importing.Exports.WpComment;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * moderato.import.max-size bounds an export whether it declares its length or is sent in chunks; the import's body,
 * unlike every other route's, may be larger than 64 KiB.
 */
@QuarkusTest
@TestProfile(SmallImportLimitProfile.class)
class ImportLimitTest {

    /** An export of about {@code bytes}, every comment of it valid. */
    private static String exportOf(int bytes) {
        int comments = bytes / 1300 + 1;
        WpComment[] all = new WpComment[comments];
        for (int i = 0; i < comments; i++) {
            all[i] = WpComment.of(Exports.freshId(), "1", "A comment of some length. ".repeat(20));
        }
        return Exports.wxr("1.2", Post.of("https://news.example.com/big/", all));
    }

    @Test
    void anExportOverTheLimitIsRefusedBeforeAnythingIsStored() {
        String document = exportOf(SmallImportLimitProfile.LIMIT + 1024);
        long before = Comments.count();

        Exports.post(document, null)
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("moderato.import.max-size"));

        assertEquals(before, Comments.count());
    }

    @Test
    void aChunkedExportOverTheLimitIsRefusedOnceItPassesIt() {
        byte[] document = exportOf(SmallImportLimitProfile.LIMIT + 1024).getBytes(StandardCharsets.UTF_8);
        long before = Comments.count();

        Moderators.asAdmin().contentType("application/xml; charset=UTF-8").body(new ByteArrayInputStream(document))
                .when().post(Exports.IMPORTS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("moderato.import.max-size"));

        assertEquals(before, Comments.count());
    }

    @Test
    void anExportOverSixtyFourKibibytesButWithinTheLimitIsImported() {
        String document = exportOf(80 * 1024);
        int comments = document.split("<wp:comment>").length - 1;
        long before = Comments.count();

        Exports.post(document, null).then().statusCode(200).body("imported", equalTo(comments));

        assertEquals(before + comments, Comments.count());
    }
}
