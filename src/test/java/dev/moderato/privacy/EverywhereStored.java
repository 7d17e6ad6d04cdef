package dev.moderato.privacy;

import dev.moderato.support.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every text column of every table the service keeps, as the database's INFORMATION_SCHEMA lists them (a table or
 * column added later is searched too), looked through for a value in any capitals.
 */
final class EverywhereStored {

    private record Column(String table, String name) {
    }

    private EverywhereStored() {
    }

    /** "table.column" of each column that holds the value somewhere, whatever its case. */
    static List<String> holding(String value) {
        List<String> found = new ArrayList<>();
        for (Column column : textColumns()) {
            long rows = Database.sql().number("select count(*) from \"" + column.table() + "\" where lower(\""
                    + column.name() + "\") like ?", "%" + value.toLowerCase(Locale.ROOT) + "%");
            if (rows > 0) {
                found.add(column.table() + "." + column.name());
            }
        }
        return found;
    }

    static int textColumnCount() {
        return textColumns().size();
    }

    private static List<Column> textColumns() {
        return Database.sql().list("select table_name, column_name from information_schema.columns"
                        + " where lower(table_schema) = 'public' and upper(data_type) in"
                        + " ('CHARACTER VARYING', 'VARCHAR', 'TEXT', 'CHARACTER', 'CHAR', 'CHARACTER LARGE OBJECT', 'CLOB')",
                row -> new Column(row.getString("table_name"), row.getString("column_name")));
    }
}
