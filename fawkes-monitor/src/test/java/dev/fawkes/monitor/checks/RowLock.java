package dev.fawkes.monitor.checks;

import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A session holding a row lock in an open transaction, so that others updating the row wait on it. */
final class RowLock implements AutoCloseable {
    /** An update of the locked row, for the waiting sessions. */
    static final String UPDATE = "UPDATE locked SET v = v + 1 WHERE id = 1";

    private final Connection holder;
    private final int pid;

    private RowLock(Connection holder) throws SQLException {
        this.holder = holder;
        this.pid = Probe.pid(holder);
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement()) {
            s.execute(UPDATE);
        }
    }

    /** Creates the table {@code locked} in {@code db} (once) and locks its row. */
    static RowLock hold(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE IF NOT EXISTS locked (id int PRIMARY KEY, v int);"
                + " INSERT INTO locked VALUES (1, 0) ON CONFLICT DO NOTHING");
        return new RowLock(db.connect());
    }

    /** The holder's backend pid. */
    int pid() {
        return pid;
    }

    /** Ends the transaction, freeing the waiters. */
    void release() throws SQLException {
        holder.rollback();
    }

    @Override
    public void close() throws SQLException {
        holder.close();
    }
}
