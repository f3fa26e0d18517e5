package dev.fawkes.bench.perf;

import dev.fawkes.core.connect.PgErrors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The monitor benchmark's schema, built set-based in {@code DO} blocks: tables {@code m00000}… of fixed-width columns
 * (so no TOAST relations), each with its primary key index, one more index and a view (four relations per table), the
 * remainder as extra indexes; every odd table has a foreign key to the one before; 20 rows each.
 */
final class MonitorScaleSchema {
    /** Relations per table: the table, its primary key index, its extra index and its view. */
    static final int RELATIONS_PER_TABLE = 4;
    /** Tables per {@code DO} block: one transaction's locks stay well under the lock table's size. */
    private static final int TABLES_PER_BLOCK = 200;

    private MonitorScaleSchema() {
    }

    /** Creates about {@code relations} relations in this empty database, analyses, and answers how many it counted. */
    static int create(Connection c, int relations, Consumer<String> log) {
        int tables = Math.max(1, relations / RELATIONS_PER_TABLE);
        int extraIndexes = Math.max(0, relations - tables * RELATIONS_PER_TABLE);
        for (int from = 0; from < tables; from += TABLES_PER_BLOCK) {
            int to = Math.min(tables, from + TABLES_PER_BLOCK) - 1;
            ScaleDatabase.execute(c, tablesBlock(from, to));
            log.accept("created tables " + (to + 1) + " of " + tables);
        }
        if (extraIndexes > 0) {
            ScaleDatabase.execute(c, extraIndexesBlock(extraIndexes, tables));
        }
        ScaleDatabase.execute(c, "ANALYZE");
        return countUserRelations(c);
    }

    /** The {@code DO} block creating, filling and indexing tables {@code from}…{@code to}. */
    static String tablesBlock(int from, int to) {
        return String.format(Locale.ROOT, """
                DO $$
                DECLARE t text; p text;
                BEGIN
                  FOR i IN %d..%d LOOP
                    t := format('m%%s', lpad(i::text, 5, '0'));
                    p := format('m%%s', lpad((i - 1)::text, 5, '0'));
                    EXECUTE format('CREATE TABLE %%I (id int PRIMARY KEY, parent_id int%%s, amount bigint NOT NULL,'
                        ' flag boolean, score double precision, created timestamptz NOT NULL DEFAULT now())',
                        t, CASE WHEN i %% 2 = 1 THEN format(' REFERENCES %%I', p) ELSE '' END);
                    EXECUTE format('INSERT INTO %%I (id, parent_id, amount, flag, score) SELECT g, g, g * 1000,'
                        ' mod(g, 2) = 0, g / 7.0 FROM generate_series(1, 20) g', t);
                    EXECUTE format('CREATE INDEX ON %%I (%%s)', t, CASE WHEN i %% 4 = 3 THEN 'created' ELSE 'parent_id' END);
                    EXECUTE format('CREATE VIEW %%I AS SELECT id, amount, score FROM %%I WHERE flag', 'v' || t, t);
                  END LOOP;
                END $$""", from, to);
    }

    private static String extraIndexesBlock(int count, int tables) {
        return String.format(Locale.ROOT, """
                DO $$
                BEGIN
                  FOR i IN 0..%d LOOP
                    EXECUTE format('CREATE INDEX ON %%I (amount)', format('m%%s', lpad((i %% %d)::text, 5, '0')));
                  END LOOP;
                END $$""", count - 1, tables);
    }

    /** The relations in pg_class outside the system schemas (TOAST included, were there any). */
    static int countUserRelations(Connection c) {
        String sql = "SELECT count(*) FROM pg_class r JOIN pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_temp%'"
                + " AND n.nspname NOT LIKE 'pg_toast_temp%' AND (n.nspname <> 'pg_toast' OR r.oid >= 16384)";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "counting the relations");
        }
    }
}
