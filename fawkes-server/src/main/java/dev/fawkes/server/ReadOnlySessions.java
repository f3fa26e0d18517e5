package dev.fawkes.server;

import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.PgErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens the sessions the server uses: Fawkes's timeouts and application_name, and every transaction read-only. */
final class ReadOnlySessions {
    private final PgConnector connector;

    ReadOnlySessions(PgConnector connector) {
        this.connector = connector;
    }

    /** A new session whose transactions are all READ ONLY, so that nothing the server runs can write. */
    Connection open() {
        Connection c = connector.open();
        try (Statement s = c.createStatement()) {
            s.execute("SET default_transaction_read_only = on");
            return c;
        } catch (SQLException e) {
            close(c);
            throw PgErrors.onQuery(e, "making the session read-only");
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the first failure is the one to report
        }
    }
}
