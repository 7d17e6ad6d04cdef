package dev.moderato.platform.storage;

import dev.moderato.platform.Causes;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the services' SQL on the datasource. Inside a transaction ({@code @Transactional},
 * {@code QuarkusTransaction}) Agroal enlists the connection and hands the same one back for every
 * statement, so locks and writes belong to that transaction; it commits or rolls back with it.
 *
 * <p>Parameters bind by type: an {@link Instant} as a UTC timestamp, an enum by its name, null as SQL
 * NULL. A failure is a {@link StorageException} carrying the driver's {@link SQLException}.
 */
@ApplicationScoped
public class Sql {

    /** SQLSTATE of a unique violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(row.read(rows));
            }
            return found;
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    /**
     * Hands each row to {@code each} as the database sends it, without holding the result: for reads of a whole table
     * (an export). PostgreSQL sends rows a fetch at a time only outside auto-commit, hence the transaction of its own.
     */
    public <T> void forEach(String sql, Row<T> row, java.util.function.Consumer<T> each, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(row.read(rows));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        List<T> found = list(sql, row, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The first column of the first row as a number: what a {@code count(*)} answers. */
    public long number(String sql, Object... parameters) {
        return first(sql, rows -> rows.getLong(1), parameters).orElse(0L);
    }

    public boolean exists(String sql, Object... parameters) {
        return first(sql, rows -> Boolean.TRUE, parameters).isPresent();
    }

    /** Runs an insert, update, delete or merge; answers how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    /**
     * Runs one insert, update or delete for each row of parameters, sent to the database as one batch; the rows each
     * changed, in order.
     */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, row[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    /** {@code ?, ?, ?}: the placeholders of an {@code in (…)} list of this many values. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** How an instant is stored: a {@code timestamp with time zone} at UTC. */
    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** Whether a failure comes from a unique key that another writer claimed first. */
    public static boolean isUniqueViolation(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Binds one parameter as every statement here does: by type, an instant at UTC, an enum by name. */
    public static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, utc(instant));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }
}
