package dev.moderato.screening;

import dev.moderato.comment.Comment;
import dev.moderato.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Open or closed, pre- or post-moderated: per thread, with configured defaults and auto-close. */
@ApplicationScoped
public class ThreadSettings {

    private final ModeratoConfig config;

    ThreadSettings(ModeratoConfig config) {
        this.config = config;
    }

    @Transactional
    public ThreadView settingOf(String thread) {
        ThreadSetting stored = ThreadSetting.findById(thread);
        ThreadMode mode = stored == null ? ThreadMode.of(config.moderation().defaultMode()) : stored.mode;
        boolean open = stored == null || stored.open;
        Instant closesAt = autoCloseAt(thread).orElse(null);
        boolean closedByAge = closesAt != null && !closesAt.isAfter(Instant.now());
        return new ThreadView(thread, open && !closedByAge, mode, closesAt);
    }

    /** Sets a thread's settings. Opening a thread that auto-close shut keeps it shut: raise or lift the limit instead. */
    @Transactional
    public ThreadView update(String thread, boolean open, ThreadMode mode) {
        ThreadSetting setting = ThreadSetting.<ThreadSetting>findByIdOptional(thread).orElseGet(() -> {
            ThreadSetting created = new ThreadSetting();
            created.thread = thread;
            return created;
        });
        setting.open = open;
        setting.mode = mode;
        setting.persist();
        return settingOf(thread);
    }

    private Optional<Instant> autoCloseAt(String thread) {
        int days = config.moderation().autoCloseDays();
        if (days <= 0) {
            return Optional.empty();
        }
        return Comment.firstCommentAt(thread).map(first -> first.plus(Duration.ofDays(days)));
    }
}
