package dev.fawkes.bench.driver;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import java.sql.Connection;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/** Issues one operation; the production form borrows a pooled connection, a test's form moves a synthetic clock. */
@FunctionalInterface
interface Work {

    /** Runs the operation once, drawing its parameters from {@code random}. */
    void run(Operation operation, SplittableRandom random) throws Exception;

    /** Borrows a connection from the pool (the wait counts in the latency), runs the operation and returns it. */
    static Work pooled(DataSource pool, KeyPools keys) {
        return (operation, random) -> {
            try (Connection connection = pool.getConnection()) {
                operation.action().run(connection, keys, random);
            }
        };
    }
}
