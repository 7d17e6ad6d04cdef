package dev.moderato.platform.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every {@code moderato.*} setting; README's configuration table documents them. */
@ConfigMapping(prefix = "moderato")
public interface ModeratoConfig {

    /** Folder that holds the embedded H2 database. */
    @WithDefault("./data")
    String dataDir();

    Body body();

    Admin admin();

    Screening screening();

    Moderation moderation();

    Publication publication();

    Benchmark benchmark();

    Http http();

    Security security();

    Dashboard dashboard();

    Privacy privacy();

    @WithName("import")
    Import importing();

    Webhooks webhooks();

    Mail mail();

    /** {@code moderato.notify.*}: named otherwise here, as {@code notify()} is every object's. */
    @WithName("notify")
    Notify notifications();

    /** Origins (scheme://host[:port]) that a form's {@code redirect_to} may point at. */
    @WithName("allowed-origins")
    Optional<List<String>> allowedOrigins();

    /** Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed. */
    @WithName("trusted-proxies")
    Optional<List<String>> trustedProxies();

    /** The bootstrap administrator. */
    interface Admin {
        @WithDefault("admin")
        String username();

        /** When set, the administrator exists with this password after start-up. */
        Optional<String> password();
    }

    interface Screening {
        RateLimit rateLimit();

        /** The form field people leave empty; a bot that fills it is spam. */
        @WithDefault("hp_website")
        String honeypotField();

        /** The form field carrying a signed timestamp token from /api/v1/comments/form-token. */
        @WithDefault("moderato_token")
        String tokenField();

        /** Key that signs form tokens; set the same on every replica. Random per process when unset. */
        Optional<String> tokenSecret();

        /** A form posted sooner than this after its token was issued is spam. */
        @WithDefault("3s")
        Duration minFormTime();

        /** A form token posted later than this after it was issued holds the comment ({@code token_expired}). */
        @WithDefault("24h")
        Duration formTokenLifetime();

        /** Whether a submission without a form token is held for a moderator ({@code no_token}). */
        @WithDefault("false")
        boolean requireFormToken();

        /** More links than this in the body holds the comment. */
        @WithDefault("2")
        int maxLinks();

        /** The same body from the same email on the same thread within this window is refused. */
        @WithDefault("1h")
        Duration duplicateWindow();

        /** Words and phrases that make a comment spam; seeded into the database once. */
        Optional<List<String>> disallowedWords();

        /** Words and phrases that hold a comment for a moderator; seeded into the database once. */
        Optional<List<String>> moderationWords();

        /** An email with earlier approved comments skips the queue in pre mode. */
        @WithDefault("false")
        boolean trustedAuthors();

        Classifier classifier();
    }

    /** The learning spam filter (screening.learning). The default thresholds are the evaluation's (BENCHMARKS.md). */
    interface Classifier {
        String DEFAULT_SPAM_THRESHOLD = "0.99";
        String DEFAULT_HOLD_THRESHOLD = "0.3";

        /** Whether new submissions are scored; moderators' decisions are learned either way. */
        @WithDefault("true")
        boolean enabled();

        /** A score at or above this stores the comment as spam. */
        @WithDefault(DEFAULT_SPAM_THRESHOLD)
        double spamThreshold();

        /** A score at or above this (and below the spam threshold) holds the comment for a moderator. */
        @WithDefault(DEFAULT_HOLD_THRESHOLD)
        double holdThreshold();

        /** The filter scores nothing until it has learned this many examples of each kind. */
        @WithDefault("50")
        int minExamples();

        /**
         * The largest share of one kind's examples that one moderator's decisions may make up, once another
         * moderator has taught that kind too; their oldest beyond it are left out. 1 turns the cap off.
         */
        @WithDefault("0.8")
        double maxModeratorShare();

        /** How often a replica looks for decisions made since its model was trained, here or on another replica. */
        @WithDefault("5s")
        Duration refreshInterval();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Submissions allowed from one client address per period. */
        @WithDefault("10")
        int perAddress();

        /** Submissions allowed from one email address per period. */
        @WithDefault("5")
        int perEmail();

        @WithDefault("1m")
        Duration period();
    }

    interface Moderation {
        /** {@code pre}: everything waits for a moderator; {@code post}: published unless screening holds it. */
        @WithDefault("pre")
        String defaultMode();

        /** Threads close this many days after their first comment; 0 keeps them open. */
        @WithDefault("0")
        int autoCloseDays();

        /**
         * A queue page counts matching comments up to this many ({@code totalExact} false beyond):
         * an exact count of a queue a spam wave filled costs a scan of all of it on every page.
         */
        @WithDefault("10000")
        int queueCountLimit();

        /**
         * A decision by filter decides this many comments per transaction: one slice's locks and its
         * history entries commit together, and progress is counted per slice.
         */
        @WithDefault("500")
        int decisionSlice();
    }

    interface Publication {
        /**
         * How long a public page or count is answered from memory. A change made on this replica
         * is seen at once; this bounds how late one made on another replica is seen. 0 turns the cache off.
         */
        @WithDefault("5s")
        Duration cacheTtl();
    }

    interface Body {
        @WithDefault("10000")
        int maxLength();
    }

    interface Security {
        SignInLimit signInLimit();
    }

    /** Failed sign-ins allowed per period, before bcrypt is reached again: per client address and per username. */
    interface SignInLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("10")
        int perAddress();

        @WithDefault("30")
        int perUsername();

        @WithDefault("1m")
        Duration period();
    }

    interface Dashboard {
        /** A dashboard session unused for this long is over: the moderator signs in again. */
        @WithDefault("30m")
        Duration sessionIdleTimeout();

        /** A dashboard session is over this long after sign-in, however busy: a stolen cookie does not live on. */
        @WithDefault("12h")
        Duration sessionMaxAge();
    }

    /** How long readers' data is kept (privacy.Retention, docs/privacy.md). */
    interface Privacy {
        /** A comment's IP address and user agent are cleared this long after it was stored. */
        @WithDefault("30d")
        Duration clientDataRetention();

        /** Spam and rejected comments are deleted this long after they were stored; pending ones never. */
        @WithDefault("30d")
        Duration purgeAfter();
    }

    interface Import {
        /** The largest export {@code POST /api/v1/admin/imports} reads; the one route whose body is streamed, not held. */
        @WithDefault("1G")
        MemorySize maxSize();
    }

    interface Webhooks {
        /**
         * Whether webhook URLs may reach loopback, private, link-local and other non-public addresses: off, the
         * address a URL resolves to is checked at registration and again at every delivery (server-side request forgery).
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }

    /** The SMTP server that notifications go through; without a host, no mail is sent. */
    interface Mail {
        Optional<String> host();

        @WithDefault("587")
        int port();

        /** The sender of every mail. */
        @WithDefault("moderato@localhost")
        String from();

        Optional<String> username();

        Optional<String> password();

        /** Whether the connection must be upgraded with STARTTLS before anything is sent. */
        @WithDefault("true")
        boolean startTls();
    }

    interface Notify {
        /** Moderators who get the digest of comments waiting. */
        Optional<List<String>> moderatorEmails();

        /** At most one digest per this interval. */
        @WithDefault("1h")
        Duration moderatorInterval();

        /** The service's address as readers and moderators reach it: the links in mails start with it. */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }

    interface Http {
        /** The largest request body of every route but the import's; read whole, in memory, before any thread serves it. */
        @WithDefault("64K")
        MemorySize maxBodySize();

        /** How long a client may take to send a request body; a worker never waits for it meanwhile. */
        @WithDefault("10s")
        Duration bodyReadTimeout();
    }

    interface Benchmark {
        /** Serves {@code GET /api/v1/ping}, the constant answer {@code bench/run} measures every route against. */
        @WithDefault("false")
        boolean ping();
    }
}
