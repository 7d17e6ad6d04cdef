package dev.moderato.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.moderato.comment.CommentQueries;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentsStored;
import dev.moderato.platform.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the public read API serves, held in memory: pages already serialised to JSON, and
 * approved-comment counts.
 *
 * <p>Everything is cached under the thread's current <em>generation</em>, a number minted by
 * the first read after the thread last changed. A change ({@link PublishedCommentsChanged},
 * observed once its transaction has committed) drops the generation, so the next read mints a
 * new one and loads afresh. A load that read the database before that commit can only store
 * its result under the old generation, which no later read asks for: however a load and a
 * change interleave, a read that starts after the change returned cannot see the old content.
 * Dropping one key, rather than hunting down a thread's pages, also covers the pages still
 * being loaded, which a scan of the cache's keys would miss.
 *
 * <p>Changes made through another replica are not observed here; the time to live bounds how
 * long they go unseen.
 */
@ApplicationScoped
public class PublishedThreads {

    /** Serialised pages kept, in bytes of JSON and its compressed copies: a full page of long comments is a few MB at worst. */
    private static final long MAX_PAGE_BYTES = 32L << 20;
    private static final int MAX_THREADS = 100_000;

    private record Generation(String thread, long number) {
    }

    private record PageKey(Generation generation, int page, int size) {
    }

    private final ObjectMapper mapper;
    private final CommentQueries comments;
    private final boolean enabled;
    private final AtomicLong minted = new AtomicLong();
    private final Cache<String, Generation> generations;
    private final Cache<PageKey, PublishedPage> pages;
    private final Cache<Generation, Long> counts;

    PublishedThreads(ObjectMapper mapper, CommentQueries comments, ModeratoConfig config, Clock clock) {
        this.mapper = mapper;
        this.comments = comments;
        Duration configured = config.publication().cacheTtl();
        this.enabled = !configured.isNegative() && !configured.isZero();
        Duration ttl = enabled ? configured : Duration.ZERO; // the caches are bypassed then; Caffeine refuses a negative one
        Ticker ticker = ticker(clock);
        this.generations = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_THREADS).expireAfterWrite(ttl).build();
        this.pages = Caffeine.newBuilder().ticker(ticker).maximumWeight(MAX_PAGE_BYTES)
                .<PageKey, PublishedPage>weigher((key, page) -> page.weight())
                .expireAfterWrite(ttl).build();
        this.counts = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_THREADS).expireAfterWrite(ttl).build();
    }

    /**
     * The time the caches expire by. Under the system clock, Caffeine's own (System.nanoTime): the wall clock can
     * step back, and a step back would keep another replica's change unseen for longer than the time to live.
     * Any other clock is followed, so that a test moving it sees the time to live pass.
     */
    private static Ticker ticker(Clock clock) {
        if (clock.equals(Clock.systemUTC())) {
            return Ticker.systemTicker();
        }
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    /** One page of the thread's approved comments, from memory when this replica holds it. */
    public PublishedPage page(String thread, int page, int size) {
        if (!enabled) {
            return load(thread, page, size);
        }
        // Caffeine runs one load per key and makes concurrent readers of that key wait for it.
        return pages.get(new PageKey(current(thread), page, size), key -> load(thread, page, size));
    }

    /** The approved comments of each thread, in the order asked; the misses are counted in one query. */
    public Map<String, Long> counts(List<String> threads) {
        if (!enabled) {
            return countInDatabase(threads);
        }
        List<Generation> wanted = threads.stream().distinct().map(this::current).toList();
        Map<Generation, Long> found = counts.getAll(wanted, this::countInDatabase);
        Map<String, Long> answer = new LinkedHashMap<>();
        wanted.forEach(generation -> answer.put(generation.thread(), found.get(generation)));
        return answer;
    }

    /** Fired by whatever changes what the public sees of a thread: a moderator's decision, edit or deletion. */
    void republish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedCommentsChanged change) {
        generations.invalidate(change.thread());
    }

    /** New comments published at once (post-moderated threads) change what the public sees of their threads. */
    void published(@Observes CommentsStored stored) {
        stored.comments().stream().filter(comment -> comment.status == CommentStatus.APPROVED)
                .map(comment -> comment.thread).distinct()
                .forEach(generations::invalidate);
    }

    private Generation current(String thread) {
        // Caffeine's invalidate waits for an in-flight computation of the same key, so minting and
        // dropping a generation never interleave; the pages themselves need no such help (see above).
        return generations.get(thread, key -> new Generation(key, minted.incrementAndGet()));
    }

    private PublishedPage load(String thread, int page, int size) {
        ThreadPage content = new ThreadPage(thread, comments.countApprovedInThread(thread), page, size,
                comments.approvedInThread(thread, page, size).stream().map(PublicComment::of).toList());
        try {
            PublishedPage english = PublishedPage.of(mapper.writeValueAsBytes(content));
            if (content.items().stream().noneMatch(comment -> comment.erased() != null)) {
                return english;
            }
            return english.withFrench(mapper.writeValueAsBytes(new ThreadPage(content.thread(), content.total(),
                    content.page(), content.size(), content.items().stream().map(PublicComment::inFrench).toList())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Long> countInDatabase(Collection<String> threads) {
        Map<String, Long> counts = new LinkedHashMap<>();
        threads.forEach(thread -> counts.put(thread, 0L));
        counts.putAll(comments.countApprovedInThreads(threads));
        return counts;
    }

    private Map<Generation, Long> countInDatabase(Set<? extends Generation> missing) {
        Map<String, Long> byThread = countInDatabase(missing.stream().map(Generation::thread).toList());
        return missing.stream().collect(Collectors.toMap((Generation generation) -> generation,
                generation -> byThread.get(generation.thread())));
    }
}
