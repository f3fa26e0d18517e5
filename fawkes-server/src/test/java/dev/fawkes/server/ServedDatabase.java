package dev.fawkes.server;

import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.SessionOptions;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.util.UUID;

/** A test database with a table {@code t} of 100 rows, reached as a role that has a password, so tests can look for leaks. */
final class ServedDatabase implements AutoCloseable {
    static final String PASSWORD = "Pw-" + UUID.randomUUID().toString().substring(0, 13);
    final TestDatabase db;
    final String role = "fawkes_srv_" + UUID.randomUUID().toString().substring(0, 8);
    final PgConnector connector;

    ServedDatabase() {
        PgTestServer.get().execute("CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
        db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
                CREATE TABLE t (id int PRIMARY KEY, v text);
                CREATE INDEX t_v_idx ON t (v);
                INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 100) g;
                ANALYZE t;
                """);
        ConnectionSettings s = ConnectionSettings.parse(db.jdbcUrl());
        connector = new PgConnector(new ConnectionSettings(s.host(), s.port(), s.database(), role, PASSWORD, s.parameters()),
                SessionOptions.forTool("serve"));
    }

    long rowsOfT() throws Exception {
        try (var c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        db.close();
        PgTestServer.get().execute("DROP ROLE IF EXISTS " + role);
    }
}
