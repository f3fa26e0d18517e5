package dev.fawkes.monitor.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HistoryStoreIT {

    // A server's recorder and its history endpoint may both create the store at start: without the lock one of them
    // failed on pg_namespace's unique index now and then (seen in CI).
    @Test
    void twoSessionsCreatingTheStoreAtOnce_bothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                try (TestDatabase db = PgTestServer.get().createDatabase(); Connection a = db.connect(); Connection b = db.connect()) {
                    CyclicBarrier together = new CyclicBarrier(2);
                    Future<?> first = pool.submit(() -> create(a, together));
                    Future<?> second = pool.submit(() -> create(b, together));
                    first.get(30, TimeUnit.SECONDS);
                    second.get(30, TimeUnit.SECONDS);
                    assertThat(a.getAutoCommit()).isTrue();
                    assertThat(new HistoryStore(a).since(java.time.Instant.EPOCH)).isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void create(Connection connection, CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        new HistoryStore(connection).create();
        return null;
    }
}
