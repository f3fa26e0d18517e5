package dev.fawkes.monitor.checks;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** Base of the check ITs: one fresh database per test class, dropped after its last test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FreshDatabase {
    /** The test class's database. */
    final TestDatabase db;

    /** A plain fresh database. */
    FreshDatabase() {
        this(PgTestServer.get().createDatabase());
    }

    /** A database the subclass prepared, e.g. with an extension. */
    FreshDatabase(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }
}
