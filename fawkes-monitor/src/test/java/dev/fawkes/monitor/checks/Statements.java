package dev.fawkes.monitor.checks;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;

/** A test database with pg_stat_statements installed, whose statistics can be reset without touching other databases. */
final class Statements {
    private Statements() {
    }

    /** A fresh database with the extension installed. */
    static TestDatabase database() {
        return PgTestServer.get().createDatabase().execute("CREATE EXTENSION pg_stat_statements");
    }

    /** Forgets the statistics of this database only (PostgreSQL 14+ takes a dbid; other test databases keep theirs). */
    static void reset(TestDatabase db) {
        db.execute("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)");
    }
}
