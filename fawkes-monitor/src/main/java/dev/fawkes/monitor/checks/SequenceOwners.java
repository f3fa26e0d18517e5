package dev.fawkes.monitor.checks;

/** SQL for sequences with the column that owns them (serial or identity) and that column's type maximum. */
final class SequenceOwners {
    /**
     * One row per sequence: its schema and name, type, last value (null when never used or not readable), maximum,
     * and, when a column owns it, that table, column, column type and the type's maximum (null for bigint).
     */
    static final String SQL = """
            SELECT s.schemaname AS schema, s.sequencename AS sequence, s.data_type::text AS sequence_type,
                   s.last_value, s.max_value, s.increment_by, tn.nspname AS table_schema, t.relname AS "table",
                   a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS column_type,
                   CASE a.atttypid WHEN 'int2'::regtype THEN 32767 WHEN 'int4'::regtype THEN 2147483647 END AS column_max,
                   has_sequence_privilege(sc.oid, 'SELECT,USAGE') AS readable, t.reltuples::bigint AS estimated_rows
            FROM pg_sequences s
            JOIN pg_namespace n ON n.nspname = s.schemaname
            JOIN pg_class sc ON sc.relnamespace = n.oid AND sc.relname = s.sequencename
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = sc.oid
                                 AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_class t ON t.oid = d.refobjid
            LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid""";

    private SequenceOwners() {
    }
}
