package dev.moderato.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import java.util.Set;

/** A moderator account. The password is only ever held as a bcrypt hash. */
@Entity
public class Moderator extends PanacheEntityBase {

    @Id
    public String username;

    public String passwordHash;

    public String role;

    /** The roles this account acts with: an admin is a moderator too. */
    public Set<String> roles() {
        return Role.ADMIN.equals(role) ? Set.of(Role.ADMIN, Role.MODERATOR) : Set.of(Role.MODERATOR);
    }

    public static long countAdmins() {
        return count("role", Role.ADMIN);
    }

    /**
     * Counts the administrators and locks their rows until the transaction ends, so that two
     * administrators removing each other at once cannot both see the other one left.
     */
    public static long lockAndCountAdmins() {
        return find("role", Sort.by("username"), Role.ADMIN).withLock(LockModeType.PESSIMISTIC_WRITE).list().size();
    }

    @Override
    public String toString() {
        return "Moderator[" + username + ", " + role + "]";
    }
}
