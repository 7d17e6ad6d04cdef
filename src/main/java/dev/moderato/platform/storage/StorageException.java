package dev.moderato.platform.storage;

import java.sql.SQLException;

/** A statement the database refused or could not run; the driver's exception is the cause. */
public class StorageException extends RuntimeException {

    public StorageException(String sql, SQLException cause) {
        super("SQL failed [" + cause.getSQLState() + "]: " + sql, cause);
    }
}
