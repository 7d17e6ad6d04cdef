package dev.moderato.security;

import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.Sql;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes sure someone can log in after start-up: the configured administrator with the
 * configured password, or, on a fresh install with none configured, one with a random password
 * that is logged this once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final ModeratoConfig config;
    private final ModeratorAccounts accounts;

    AdminBootstrap(ModeratoConfig config, ModeratorAccounts accounts) {
        this.config = config;
        this.accounts = accounts;
    }

    void onStart(@Observes StartupEvent event) {
        String username = config.admin().username();
        config.admin().password().filter(password -> !password.isBlank()).ifPresentOrElse(
                password -> {
                    // A second try after a replica created the account meanwhile is an update.
                    if (!upsert(username, password) && !upsert(username, password)) {
                        throw new IllegalStateException("The administrator account could not be stored");
                    }
                },
                () -> createWithRandomPassword(username));
    }

    private void createWithRandomPassword(String username) {
        if (accounts.anyAdmin()) {
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (!upsert(username, password)) {
            return; // another replica starting at the same time created it, and logged its password
        }
        LOG.warnf("Created administrator '%s' with the random password %s — it is shown only this once; "
                + "set MODERATO_ADMIN_PASSWORD or create accounts through /api/v1/admin/moderators", username, password);
    }

    /**
     * False when another replica, starting on the same empty database, inserted the account between
     * this one's look-up and its insert: the commit then fails on the primary key.
     */
    private boolean upsert(String username, String password) {
        try {
            accounts.upsert(username, password, Role.ADMIN);
            return true;
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
