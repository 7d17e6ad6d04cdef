package dev.moderato.screening.words;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import dev.moderato.platform.storage.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists: stored in the database, seeded once from configuration, and compiled into
 * matchers held in memory, so that screening a submission never queries them. A change made
 * here is applied at once; the periodic refresh brings in changes made on other replicas.
 *
 * <p>A list's row in {@code word_list_seed} marks it as seeded from configuration, so that restarting
 * never undoes an administrator's edits; it is also the lock that serialises replacements of the list.
 */
@ApplicationScoped
public class WordLists {

    public static final int MAX_ENTRIES = 1000;

    static final String REFRESH_JOB = "word-list-refresh";

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Comparator<String> ORDER =
            Comparator.comparing(WordMatcher::normalise).thenComparing(Comparator.naturalOrder());

    private final ModeratoConfig config;
    private final Sql sql;
    private final Validator validator;
    private final Event<Changed> changes;
    private final AtomicReference<Map<WordList, WordMatcher>> matchers = new AtomicReference<>(compile(Map.of()));

    /** A list's new words, announced once they are committed. */
    record Changed(WordList list, List<String> words) {
    }

    WordLists(ModeratoConfig config, Sql sql, Validator validator, Event<Changed> changes) {
        this.config = config;
        this.sql = sql;
        this.validator = validator;
        this.changes = changes;
    }

    /** The matcher of a list as it stands in memory: what screening uses. */
    WordMatcher matcher(WordList list) {
        return matchers.get().get(list);
    }

    @Transactional
    public List<String> words(WordList list) {
        return stored(list).stream().sorted(ORDER).toList();
    }

    /** Replaces a list's words; entries that differ only by case, accents or spacing are kept once. */
    @Transactional
    public List<String> replace(WordList list, List<String> words) {
        List<String> tidy = tidy(words);
        if (!sql.exists("select 1 from word_list_seed where list = ? for update", list.key())) {
            markSeeded(list);
        }
        sql.update("delete from word_list_entry where list = ?", list.key());
        insert(list, tidy);
        changes.fire(new Changed(list, tidy));
        return tidy;
    }

    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        WordMatcher compiled = new WordMatcher(change.words());
        matchers.updateAndGet(current -> {
            Map<WordList, WordMatcher> next = new EnumMap<>(current);
            next.put(change.list(), compiled);
            return Collections.unmodifiableMap(next);
        });
    }

    void onStart(@Observes StartupEvent event) {
        for (WordList list : WordList.values()) {
            seedFromConfiguration(list);
        }
        refresh();
    }

    /** Gives a list its configured words, unless it was seeded before: an administrator's edits stand. */
    void seedFromConfiguration(WordList list) {
        if (isSeeded(list)) {
            return;
        }
        List<String> configured = list.configured(config.screening());
        Set<ConstraintViolation<WordListUpdate>> violations = validator.validate(new WordListUpdate(configured));
        if (!violations.isEmpty()) {
            throw new IllegalStateException(list.configurationKey() + " is invalid: "
                    + violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.joining(" ")));
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                markSeeded(list);
                insert(list, tidy(configured));
            });
        } catch (RuntimeException e) {
            // Another replica seeding the list at the same moment is no failure.
            if (!isSeeded(list)) {
                throw e;
            }
        }
    }

    @Scheduled(identity = REFRESH_JOB, every = "30s", delayed = "30s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @SkippedWhileDatabaseAway
    void refreshOnSchedule() {
        refresh();
    }

    /** Reloads every list from the database, unless a change made here meanwhile is newer than what was read. */
    @Transactional
    public void refresh() {
        Map<WordList, WordMatcher> before = matchers.get();
        Map<WordList, List<String>> stored = new EnumMap<>(WordList.class);
        for (WordList list : WordList.values()) {
            stored.put(list, stored(list));
        }
        matchers.compareAndSet(before, compile(stored));
    }

    private boolean isSeeded(WordList list) {
        return sql.exists("select 1 from word_list_seed where list = ?", list.key());
    }

    /** Fails on the primary key when another replica seeded the list meanwhile. */
    private void markSeeded(WordList list) {
        sql.update("insert into word_list_seed (list) values (?)", list.key());
    }

    private List<String> stored(WordList list) {
        return sql.list("select word from word_list_entry where list = ?", row -> row.getString("word"), list.key());
    }

    private void insert(WordList list, List<String> words) {
        sql.batch("insert into word_list_entry (list, word) values (?, ?)",
                words.stream().map(word -> new Object[] {list.key(), word}).toList());
    }

    private static Map<WordList, WordMatcher> compile(Map<WordList, List<String>> words) {
        Map<WordList, WordMatcher> compiled = new EnumMap<>(WordList.class);
        for (WordList list : WordList.values()) {
            compiled.put(list, new WordMatcher(words.getOrDefault(list, List.of())));
        }
        return Collections.unmodifiableMap(compiled);
    }

    /** Trimmed, inner whitespace as single spaces, the first of entries that normalise alike, sorted. */
    static List<String> tidy(List<String> words) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String word : words) {
            String spaced = SPACES.matcher(word.strip()).replaceAll(" ");
            byKey.putIfAbsent(WordMatcher.normalise(spaced), spaced);
        }
        return byKey.values().stream().sorted(ORDER).toList();
    }
}
