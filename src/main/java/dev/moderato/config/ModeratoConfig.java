package dev.moderato.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

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

    interface Body {
        @WithDefault("10000")
        int maxLength();
    }
}
