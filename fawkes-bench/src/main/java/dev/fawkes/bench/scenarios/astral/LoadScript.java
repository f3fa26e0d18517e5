package dev.fawkes.bench.scenarios.astral;

/**
 * Wraps a scenario's data generator so that its primary and foreign keys are built once, after
 * the load, instead of maintained row by row.
 */
public final class LoadScript {
    // Measured on the 2-core dev machine: a text-keyed child table took 3.8 s per 500k rows with its
    // foreign key against 1.1 s without, and random uuid primary keys 4.3 s against 2.5 s when the
    // index is sorted in one go afterwards. The definitions are read back from the catalog, so
    // schema.sql stays the only place that states them and the constraint (and index) names survive.
    private static final String DROP_KEYS = """
            CREATE TEMP TABLE fawkes_deferred_key AS
              SELECT format('%I.%I', n.nspname, c.relname) AS tbl, k.conname, k.contype, pg_get_constraintdef(k.oid) AS def
              FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE k.contype IN ('p', 'f') AND n.nspname = 'public';
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT * FROM fawkes_deferred_key ORDER BY contype = 'p', tbl, conname LOOP
                EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
              END LOOP;
            END $$;
            """;

    // Sorting millions of text keys and hash-joining a child with its parent spill to disk at the
    // default 64MB / 4MB; the larger budgets are reset right after.
    private static final String RESTORE_KEYS = """
            ;
            SET maintenance_work_mem = '256MB';
            SET work_mem = '128MB';
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT * FROM fawkes_deferred_key ORDER BY contype = 'f', tbl, conname LOOP
                EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tbl, r.conname, r.def);
              END LOOP;
            END $$;
            DROP TABLE fawkes_deferred_key;
            RESET maintenance_work_mem;
            RESET work_mem;
            """;

    private LoadScript() {
    }

    /** The generator between dropping the public schema's keys and re-adding (so validating) them. */
    public static String withKeysDeferred(String generateSql) {
        return DROP_KEYS + generateSql + RESTORE_KEYS;
    }
}
