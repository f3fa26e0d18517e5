package dev.fawkes.advisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An expression's width and distinct count from a sample of the table: in its own read-only transaction, or, inside
 * the caller's (the real-index costing's, with its built indexes), in a savepoint that leaves that transaction as it was.
 */
class ExpressionSampleIT {

    @Test
    void samplesTheExpression_inItsOwnTransaction_orInASavepointOfTheCallers() throws Exception {
        try (TestDatabase db = WhatIfFixture.create(false); Connection c = db.connect()) {
            Relation users = WhatIfFixture.catalog(c).relation("public", "users").orElseThrow();

            Optional<ColumnStats> country = ExpressionSample.of(c, users, "(profile ->> 'country'::text)");
            assertThat(c.getAutoCommit()).isTrue();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX held_idx ON users (account_id)");
                Optional<ColumnStats> email = ExpressionSample.of(c, users, "lower(email)");
                Optional<ColumnStats> broken = ExpressionSample.of(c, users, "no_such_column");
                s.execute("DROP INDEX held_idx"); // fails if the sample ended the transaction or left it aborted

                assertThat(country).hasValueSatisfying(stats -> {
                    assertThat(stats.distinctValues(50_000)).isEqualTo(2);
                    assertThat(stats.averageWidth()).as("'NL', 'DE' with a computed value's 4-byte header").isBetween(3, 6);
                });
                assertThat(email).hasValueSatisfying(stats -> {
                    assertThat(stats.distinctValues(50_000)).isGreaterThan(40_000);
                    assertThat(stats.averageWidth()).isBetween(18, 30);
                });
                assertThat(broken).isEmpty();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
