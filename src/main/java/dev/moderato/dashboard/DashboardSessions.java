package dev.moderato.dashboard;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import dev.moderato.platform.storage.Sql;
import dev.moderato.security.ModeratorAccounts;
import dev.moderato.security.ModeratorAccounts.AccountChanged;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The dashboard's sessions, the one owner of the {@code dashboard_session} table. A session is a random token in
 * the moderator's cookie; the table holds its SHA-256 only. It ends when the moderator signs out, when it has not
 * been used for {@code moderato.dashboard.session-idle-timeout}, {@code session-max-age} after sign-in, or when the account is removed. The account's
 * role is read at every request, so a changed role applies at once.
 */
@ApplicationScoped
public class DashboardSessions {

    /** How stale the stored last use may get before a request writes it again: one write a minute, not one a click. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sql sql;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maxAge;
    private final ModeratorAccounts accounts;

    DashboardSessions(Sql sql, Clock clock, ModeratoConfig config, ModeratorAccounts accounts) {
        this.sql = sql;
        this.clock = clock;
        this.idleTimeout = config.dashboard().sessionIdleTimeout();
        this.maxAge = config.dashboard().sessionMaxAge();
        this.accounts = accounts;
    }

    /** Starts a session for a moderator whose password was just checked; answers the token for the cookie. */
    public String start(String username) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = now();
        sql.update("insert into dashboard_session (token_hash, username, created_at, last_seen_at) values (?, ?, ?, ?)",
                hash(token), username, now, now);
        return token;
    }

    /**
     * The session of this token, if it is still open and its account still exists. {@code activity} marks it used
     * now; the queue's background refresh is no activity, so a tab left open still expires.
     */
    public Optional<Session> find(String token, boolean activity) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = now();
        record Stored(String username, Instant createdAt, Instant lastSeenAt) {
        }
        Optional<Stored> stored = sql.first("select username, created_at, last_seen_at from dashboard_session"
                        + " where token_hash = ?",
                row -> new Stored(row.getString("username"), Sql.instant(row, "created_at"),
                        Sql.instant(row, "last_seen_at")), hash);
        if (stored.isEmpty() || !stored.get().lastSeenAt().plus(idleTimeout).isAfter(now)
                || !stored.get().createdAt().plus(maxAge).isAfter(now)) {
            return Optional.empty();
        }
        if (activity && stored.get().lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            sql.update("update dashboard_session set last_seen_at = ? where token_hash = ?", now, hash);
        }
        return accounts.find(stored.get().username())
                .map(account -> new Session(account.username, account.role, csrfToken(token)));
    }

    /** Signs out: the session ends on every replica. */
    public void end(String token) {
        if (token != null && !token.isEmpty()) {
            sql.update("delete from dashboard_session where token_hash = ?", hash(token));
        }
    }

    /** A removed account's sessions end with it, so that an account created later under its name inherits none. */
    void accountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        if (accounts.find(change.username()).isEmpty()) {
            sql.update("delete from dashboard_session where username = ?", change.username());
        }
    }

    @Scheduled(every = "10m", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @SkippedWhileDatabaseAway
    void purgeIdle() {
        sql.update("delete from dashboard_session where last_seen_at < ? or created_at < ?", now().minus(idleTimeout),
                now().minus(maxAge));
    }

    /**
     * The session's token against cross-site request forgery: derived from the cookie's secret (another page cannot
     * read it), different from the stored hash (a copy of the table forges no form).
     */
    static String csrfToken(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("csrf:" + token));
    }

    private static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
