package dev.moderato.thread;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Open or closed, pre- or post-moderated: per thread, with configured defaults and auto-close.
 * Every submission asks, so what the database says is kept in memory: a change made here is seen
 * at once, a change made through another replica within {@link #REMEMBERED}.
 */
@ApplicationScoped
public class ThreadSettings {

    static final Duration REMEMBERED = Duration.ofSeconds(5);

    /** A row of {@code thread_setting}: a thread's own settings. */
    private record ThreadSetting(boolean open, ThreadMode mode) {
    }

    /** What the database says about a thread: its stored setting (null when none) and its first comment's time. */
    private record Stored(ThreadSetting setting, Optional<Instant> firstCommentAt) {
    }

    private final ModeratoConfig config;
    private final Sql sql;
    private final ThreadActivity activity;
    private final LoadingCache<String, Stored> stored;

    ThreadSettings(ModeratoConfig config, Sql sql, ThreadActivity activity) {
        this.config = config;
        this.sql = sql;
        this.activity = activity;
        // A thread without comments yet is asked again next time: its first comment starts the auto-close clock.
        this.stored = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfter(Expiry.creating((String thread, Stored known) -> awaitsFirstComment(known) ? Duration.ZERO : REMEMBERED))
                .build(this::load);
    }

    /** Asks the database when the thread's settings are not in memory: call it where blocking is allowed. */
    public ThreadView settingOf(String thread) {
        return viewOf(thread, stored.get(thread));
    }

    /** The thread's settings if they are in memory, without asking the database. */
    public Optional<ThreadView> remembered(String thread) {
        return Optional.ofNullable(stored.getIfPresent(thread)).map(known -> viewOf(thread, known));
    }

    private ThreadView viewOf(String thread, Stored known) {
        ThreadMode mode = known.setting() == null ? ThreadMode.of(config.moderation().defaultMode()) : known.setting().mode();
        boolean open = known.setting() == null || known.setting().open();
        Instant closesAt = autoCloseAt(known.firstCommentAt()).orElse(null);
        boolean closedByAge = closesAt != null && !closesAt.isAfter(Instant.now());
        return new ThreadView(thread, open && !closedByAge, mode, closesAt);
    }

    /** Sets a thread's settings. Opening a thread that auto-close shut keeps it shut: raise or lift the limit instead. */
    public ThreadView update(String thread, boolean open, ThreadMode mode) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (sql.update("update thread_setting set open = ?, mode = ? where thread = ?", open, mode, thread) == 0) {
                sql.update("insert into thread_setting (thread, open, mode) values (?, ?, ?)", thread, open, mode);
            }
        });
        // After the commit: a load that read the old row cannot outlive this (Caffeine waits for it).
        stored.invalidate(thread);
        return settingOf(thread);
    }

    private Stored load(String thread) {
        ThreadSetting setting = sql.first("select open, mode from thread_setting where thread = ?",
                row -> new ThreadSetting(row.getBoolean("open"), ThreadMode.valueOf(row.getString("mode"))), thread).orElse(null);
        Optional<Instant> first = config.moderation().autoCloseDays() > 0 ? activity.firstCommentAt(thread) : Optional.empty();
        return new Stored(setting, first);
    }

    private boolean awaitsFirstComment(Stored known) {
        return config.moderation().autoCloseDays() > 0 && known.firstCommentAt().isEmpty();
    }

    private Optional<Instant> autoCloseAt(Optional<Instant> firstCommentAt) {
        int days = config.moderation().autoCloseDays();
        return days <= 0 ? Optional.empty() : firstCommentAt.map(first -> first.plus(Duration.ofDays(days)));
    }
}
