package dev.moderato.security;

import dev.moderato.platform.problem.DomainException;
import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Creates, finds, lists and removes moderator accounts: the one owner of the {@code moderator} table.
 * A changed or removed account is announced ({@link AccountChanged}), so that sign-in forgets what it
 * remembered of it.
 */
@ApplicationScoped
public class ModeratorAccounts {

    private static final String COLUMNS = "username, password_hash, role";

    private final Sql sql;
    private final Event<AccountChanged> changes;

    /** An account's password, role or existence changed. */
    public record AccountChanged(String username) {
    }

    ModeratorAccounts(Sql sql, Event<AccountChanged> changes) {
        this.sql = sql;
        this.changes = changes;
    }

    public Optional<Moderator> find(String username) {
        return sql.first("select " + COLUMNS + " from moderator where username = ?", ModeratorAccounts::read, username);
    }

    @Transactional
    public Moderator create(String username, String password, String role) {
        if (find(username).isPresent()) {
            throw DomainException.conflict("A moderator with this username already exists.");
        }
        Moderator moderator = new Moderator();
        moderator.username = username;
        moderator.passwordHash = Passwords.hash(password);
        moderator.role = role;
        insert(username, moderator.passwordHash, role);
        return moderator;
    }

    /** Creates the account, or resets its password and role: how the bootstrap administrator is kept in line with its configuration. */
    @Transactional
    public void upsert(String username, String password, String role) {
        Optional<Moderator> stored = find(username);
        if (stored.isPresent() && Passwords.matches(password, stored.get().passwordHash) && role.equals(stored.get().role)) {
            return;
        }
        String hash = Passwords.hash(password);
        if (stored.isPresent()) {
            sql.update("update moderator set password_hash = ?, role = ? where username = ?", hash, role, username);
        } else {
            insert(username, hash, role);
        }
        changes.fire(new AccountChanged(username));
    }

    public List<Moderator> list() {
        return sql.list("select " + COLUMNS + " from moderator order by username", ModeratorAccounts::read);
    }

    @Transactional
    public void delete(String username, String actingUser) {
        Moderator moderator = find(username)
                .orElseThrow(() -> DomainException.notFound("There is no moderator with this username."));
        if (username.equals(actingUser)) {
            throw DomainException.conflict("You cannot delete your own account.");
        }
        if (Role.ADMIN.equals(moderator.role) && lockAndCountAdmins() <= 1) {
            throw DomainException.conflict("The last administrator cannot be deleted.");
        }
        sql.update("delete from moderator where username = ?", username);
        changes.fire(new AccountChanged(username));
    }

    /** Makes an account a moderator or an administrator; not one's own, and never the last administrator's demotion. */
    @Transactional
    public Moderator changeRole(String username, String role, String actingUser) {
        Moderator moderator = find(username)
                .orElseThrow(() -> DomainException.notFound("There is no moderator with this username."));
        if (role.equals(moderator.role)) {
            return moderator;
        }
        if (username.equals(actingUser)) {
            throw DomainException.conflict("You cannot change your own role.");
        }
        if (Role.ADMIN.equals(moderator.role) && lockAndCountAdmins() <= 1) {
            throw DomainException.conflict("The last administrator cannot be demoted.");
        }
        sql.update("update moderator set role = ? where username = ?", role, username);
        moderator.role = role;
        changes.fire(new AccountChanged(username));
        return moderator;
    }

    public boolean anyAdmin() {
        return sql.exists("select 1 from moderator where role = ?", Role.ADMIN);
    }

    /**
     * Counts the administrators and locks their rows until the transaction ends, so that two
     * administrators removing each other at once cannot both see the other one left.
     */
    private long lockAndCountAdmins() {
        return sql.list("select username from moderator where role = ? order by username for update",
                row -> row.getString(1), Role.ADMIN).size();
    }

    private void insert(String username, String passwordHash, String role) {
        sql.update("insert into moderator (" + COLUMNS + ") values (?, ?, ?)", username, passwordHash, role);
    }

    private static Moderator read(ResultSet row) throws SQLException {
        Moderator moderator = new Moderator();
        moderator.username = row.getString("username");
        moderator.passwordHash = row.getString("password_hash");
        moderator.role = row.getString("role");
        return moderator;
    }
}
