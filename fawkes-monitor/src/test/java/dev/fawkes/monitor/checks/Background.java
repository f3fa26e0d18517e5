package dev.fawkes.monitor.checks;

import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A statement running on its own connection in a background thread, with its pid known before it starts. */
final class Background implements AutoCloseable {
    private final Connection connection;
    private final Statement statement;
    private final int pid;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> running;

    private Background(Connection connection, String sql) throws SQLException {
        this.connection = connection;
        this.pid = Probe.pid(connection);
        this.statement = connection.createStatement();
        this.running = thread.submit(() -> statement.execute(sql));
    }

    /** Starts {@code sql} on a new connection to {@code db}. */
    static Background start(TestDatabase db, String sql) throws SQLException {
        return new Background(db.connect(), sql);
    }

    /** The session's backend pid. */
    int pid() {
        return pid;
    }

    /** Waits, at most 30 s, for the statement to end however it ends (done, failed or cancelled); true when it did. */
    boolean await() throws InterruptedException {
        try {
            running.get(30, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Cancels the statement if it still runs, then closes the session. */
    @Override
    public void close() throws SQLException, InterruptedException {
        if (!running.isDone()) {
            statement.cancel();
            await();
        }
        thread.shutdownNow();
        connection.close();
    }
}
