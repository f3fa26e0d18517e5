package dev.fawkes.server;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sessions in a database other than the served one: a {@code pg_sleep} (a long runner), a transaction holding an
 * ACCESS EXCLUSIVE lock, and a query waiting on it. Closing drops the database, which ends them all.
 */
final class ForeignActivity implements AutoCloseable {
    static final String MARK = "fawkes_foreign_probe";
    final TestDatabase db = PgTestServer.get().createDatabase().execute("CREATE TABLE locked (id int)");
    final int sleeper;
    final int holder;
    final int waiter;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<Connection> sessions = new ArrayList<>();

    ForeignActivity() throws SQLException {
        sleeper = session();
        holder = session();
        waiter = session();
        sessions.get(1).setAutoCommit(false);
        try (Statement hold = sessions.get(1).createStatement()) {
            hold.execute("LOCK TABLE locked IN ACCESS EXCLUSIVE MODE");
        }
        threads.submit(() -> sessions.get(0).createStatement().execute("SELECT pg_sleep(120) /* " + MARK + " */"));
        threads.submit(() -> sessions.get(2).createStatement().execute("SELECT count(*) FROM locked /* " + MARK + " */"));
    }

    // Each session bounds itself, so a failed run never leaves a sleeper or a waiter behind for long.
    private int session() throws SQLException {
        Connection c = db.connect();
        sessions.add(c);
        try (Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = '150s'");
            s.execute("SET application_name = 'fawkes-test-foreign'");
            try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Waits (bounded) until the waiter waits on the holder's lock, as the server itself reports it. */
    ForeignActivity awaitLockWait() throws Exception {
        try (Connection admin = PgTestServer.get().connectAdmin();
             PreparedStatement ps = admin.prepareStatement("SELECT ? = ANY (pg_blocking_pids(?))")) {
            ps.setInt(1, holder);
            ps.setInt(2, waiter);
            for (int i = 0; i < 300; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return this;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("pid " + waiter + " never waited on pid " + holder + "'s lock");
    }

    /** The other database's name. */
    String name() {
        return db.name();
    }

    @Override
    public void close() {
        db.close(); // DROP DATABASE … WITH (FORCE) ends the three sessions
        threads.shutdownNow();
    }
}
