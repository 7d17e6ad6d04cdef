package dev.moderato.security;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import dev.moderato.problem.ProblemException;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Creates, lists and removes moderator accounts. */
@ApplicationScoped
public class ModeratorAccounts {

    private final ModeratorIdentityProvider identities;

    ModeratorAccounts(ModeratorIdentityProvider identities) {
        this.identities = identities;
    }

    @Transactional
    public Moderator create(String username, String password, String role) {
        if (Moderator.findById(username) != null) {
            throw new ProblemException(Response.Status.CONFLICT, "A moderator with this username already exists.");
        }
        Moderator moderator = new Moderator();
        moderator.username = username;
        moderator.passwordHash = Passwords.hash(password);
        moderator.role = role;
        moderator.persist();
        return moderator;
    }

    /** Creates the account, or resets its password and role: how the bootstrap administrator is kept in line with its configuration. */
    @Transactional
    public void upsert(String username, String password, String role) {
        Moderator moderator = Moderator.findById(username);
        if (moderator == null) {
            moderator = new Moderator();
            moderator.username = username;
        } else if (Passwords.matches(password, moderator.passwordHash) && role.equals(moderator.role)) {
            return;
        }
        moderator.passwordHash = Passwords.hash(password);
        moderator.role = role;
        moderator.persist();
        identities.forget(username);
    }

    @Transactional
    public List<Moderator> list() {
        return Moderator.listAll(Sort.by("username"));
    }

    @Transactional
    public void delete(String username, String actingUser) {
        Moderator moderator = Moderator.findById(username);
        if (moderator == null) {
            throw new ProblemException(Response.Status.NOT_FOUND, "There is no moderator with this username.");
        }
        if (username.equals(actingUser)) {
            throw new ProblemException(Response.Status.CONFLICT, "You cannot delete your own account.");
        }
        if (Role.ADMIN.equals(moderator.role) && Moderator.lockAndCountAdmins() <= 1) {
            throw new ProblemException(Response.Status.CONFLICT, "The last administrator cannot be deleted.");
        }
        moderator.delete();
        identities.forget(username);
    }

    @Transactional
    public boolean anyAdmin() {
        return Moderator.countAdmins() > 0;
    }
}
