package dev.moderato.privacy;

import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An address with tens of thousands of comments: exported in bounded memory, erased without a timeout. */
@QuarkusTest
@TestProfile(PersonalDataProfile.class)
class LargeAddressTest {

    private static final String PATH = "/api/v1/admin/personal-data";

    @Inject
    PersonalData personalData;

    @Test
    void erasesFiftyThousandCommentsOfOneAddressInOneRequest() {
        String email = "Prolific-" + UUID.randomUUID() + "@Example.org";
        String thread = Comments.newThread();
        ManyComments.insert(thread, email, "Prolific Writer", 50_000);

        Instant start = Instant.now();
        Moderators.asAdmin().config(patient()).queryParam("email", email.toUpperCase())
                .when().delete(PATH)
                .then().statusCode(200).body("comments", equalTo(50_000));
        Duration took = Duration.between(start, Instant.now());

        assertEquals(50_000L, Database.sql().number("select count(*) from comment where thread = ? and erased_at is not null"
                + " and author_name = 'Anonymous' and email is null and email_key is null and website is null"
                + " and ip is null and user_agent is null", thread));
        assertEquals(50_000L, Database.sql().number("select count(*) from comment_event e join comment c"
                + " on c.id = e.comment_id where c.thread = ? and e.action = 'erase'", thread));
        System.out.printf("Erased 50,000 comments of one address in %d ms%n", took.toMillis());
    }

    @Test
    void exportsAHundredThousandCommentsInBoundedMemory() throws Exception {
        String email = "Archive-" + UUID.randomUUID() + "@Example.org";
        ManyComments.insert(Comments.newThread(), email, "Archive Writer", 100_000);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = heapAfterCollection(memory);
        HeapWatch watch = new HeapWatch(memory, baseline);

        personalData.export(email.toLowerCase(), watch);

        assertTrue(watch.written > 50_000_000L, "the export holds every comment: " + watch.written + " bytes");
        assertTrue(watch.highest < 24_000_000L, "the heap grew by " + watch.highest + " bytes while "
                + watch.written + " bytes were exported");
        System.out.printf("Exported 100,000 comments: %d bytes, heap above baseline at most %d bytes%n",
                watch.written, watch.highest);

        try (InputStream export = Moderators.asAdmin().config(patient()).queryParam("email", email).when().get(PATH)
                .then().statusCode(200).header("Transfer-Encoding", "chunked")
                .extract().asInputStream()) {
            assertTrue(export.transferTo(OutputStream.nullOutputStream()) > 50_000_000L, "the whole export over HTTP");
        }
    }

    /** However long the request takes on a busy machine: the test is that it completes, and whole. */
    private static RestAssuredConfig patient() {
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", (int) Duration.ofMinutes(10).toMillis()));
    }

    private static long heapAfterCollection(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Counts what is written and, every 4 MB of it, how far the heap is above the baseline once collected. */
    private static final class HeapWatch extends OutputStream {

        private static final long EVERY = 4L << 20;
        private final MemoryMXBean memory;
        private final long baseline;
        private long written;
        private long highest;

        HeapWatch(MemoryMXBean memory, long baseline) {
            this.memory = memory;
            this.baseline = baseline;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count(length);
        }

        private void count(long length) {
            long before = written / EVERY;
            written += length;
            if (written / EVERY != before) {
                highest = Math.max(highest, heapAfterCollection(memory) - baseline);
            }
        }
    }
}
