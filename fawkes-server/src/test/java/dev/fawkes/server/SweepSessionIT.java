package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.FawkesException;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepSessionIT {

    /** A check that reports the backend it ran on in its summary. */
    record BackendCheck() implements Check {
        @Override
        public String id() {
            return "backend";
        }

        @Override
        public String title() {
            return "Backend";
        }

        @Override
        public Category category() {
            return Category.SERVER;
        }

        @Override
        public CheckResult run(CheckContext context) throws SQLException {
            return new CheckResult(id(), Status.OK, "pid " + backendPid(context.connection()), List.of(), null, Map.of());
        }
    }

    // Before, each sweep opened a session of its own and closed it: every sweep was a cold one.
    @Test
    void checkCache_runsConsecutiveSweepsOnTheSameSession() {
        ServerConfig config = ServerConfig.builder().port(0).checks(List.of(new BackendCheck()))
                .refreshInterval(Duration.ofHours(1)).build();
        try (ServedDatabase served = new ServedDatabase();
             CheckCache cache = new CheckCache(new ReadOnlySessions(served.connector), config, Clock.systemUTC()).start()) {
            String first = cache.latest().results().getFirst().summary();
            String second = cache.refreshed().results().getFirst().summary();

            assertThat(first).startsWith("pid ");
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void keepsOneSession_betweenSweeps() throws Exception {
        try (ServedDatabase served = new ServedDatabase();
             SweepSession session = new SweepSession(new ReadOnlySessions(served.connector))) {
            int first = backendPid(session.get());

            assertThat(backendPid(session.get())).isEqualTo(first);
        }
    }

    @Test
    void opensANewSession_whenTheHeldOneWasTerminated() throws Exception {
        try (ServedDatabase served = new ServedDatabase();
             SweepSession session = new SweepSession(new ReadOnlySessions(served.connector))) {
            int first = backendPid(session.get());
            try (Connection admin = served.db.connect(); Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + first + ")");
            }

            Connection next = session.get();

            assertThat(backendPid(next)).isNotEqualTo(first);
            assertThat(readOnly(next)).isEqualTo("on");
        }
    }

    @Test
    void opensANewSession_afterDiscard_andClosesTheOldOne() throws Exception {
        try (ServedDatabase served = new ServedDatabase();
             SweepSession session = new SweepSession(new ReadOnlySessions(served.connector))) {
            Connection first = session.get();

            session.discard();

            assertThat(first.isClosed()).isTrue();
            assertThat(session.get()).isNotSameAs(first);
        }
    }

    // A sweep starting while the server stops must not open a session nobody closes.
    @Test
    void close_closesTheHeldSession_andOpensNoOtherAfterwards() throws Exception {
        try (ServedDatabase served = new ServedDatabase()) {
            SweepSession session = new SweepSession(new ReadOnlySessions(served.connector));
            Connection held = session.get();

            session.close();

            assertThat(held.isClosed()).isTrue();
            assertThatThrownBy(session::get).isInstanceOf(FawkesException.class).hasMessageContaining("stopping");
        }
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String readOnly(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW default_transaction_read_only")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
