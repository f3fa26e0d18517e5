package dev.fawkes.advisor.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.drop.DropAdvice.Reason;
import dev.fawkes.advisor.migration.MigrationWriter;
import dev.fawkes.advisor.migration.MigrationWriter.NewIndex;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.sql.SqlScript;
import dev.fawkes.core.sql.SqlStatement;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drop advice on a real database, and the migration pair it leads to, run forward and back. */
class DropAdvisorIT {
    private static final Instant WHEN = Instant.parse("2025-03-11T09:08:07Z");
    private TestDatabase db;

    @BeforeEach
    void createFixture() throws SQLException, InterruptedException {
        db = PgTestServer.get().createDatabase().executeResource("/fixtures/drop-advice.sql");
        // A unique build over duplicate e-mails fails and leaves an INVALID index behind.
        assertThatThrownBy(() -> db.execute("CREATE UNIQUE INDEX CONCURRENTLY shop_order_email_uniq ON shop_order (email)"))
                .hasMessageContaining("could not create unique index");
        useIndex("SELECT count(*) FROM shop_order WHERE created_at > now() - interval '1 day'", "shop_order_created_idx");
    }

    @AfterEach
    void dropFixture() {
        db.close();
    }

    @Test
    void findsEachKindOfWaste_andNeverAConstraintOrUniqueIndex() {
        List<DropAdvice> advice = new DropAdvisor().advise(catalog());
        assertThat(advice.stream().collect(Collectors.toMap(a -> a.index().name(), DropAdvice::reason)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "shop_order_note_idx", Reason.UNUSED,
                        "shop_order_customer_idx", Reason.PREFIX_REDUNDANT,
                        "shop_order_open_b_idx", Reason.DUPLICATE,
                        "shop_order_id_idx", Reason.DUPLICATE,
                        "shop_order_email_uniq", Reason.INVALID));
        assertThat(advice).allSatisfy(a -> assertThat(a.index().backsConstraint()).isFalse());
        // A unique build that failed on duplicates never became ready: empty, and not maintained by writes.
        assertThat(advice).filteredOn(a -> a.reason() != Reason.INVALID).allSatisfy(a -> {
            assertThat(a.bytesFreed()).isPositive();
            assertThat(a.writesSinceReset()).isEqualTo(2000);
        });
    }

    @Test
    void migrationRunsForward_thenUndoRestoresTheStart() throws SQLException {
        Catalog before = catalog();
        List<DropAdvice> drops = new DropAdvisor().advise(before);
        MigrationWriter writer = new MigrationWriter(before, List.of(
                new NewIndex(IndexSpec.btree("public", "shop_order", "status", "customer_id"), "shop_order_status_customer_idx"),
                new NewIndex(IndexSpec.btree("public", "event", "at"), "event_at_idx")), drops);

        run(writer.migration(WHEN));
        Catalog after = catalog();
        assertThat(validIndexNames(after, "shop_order")).contains("shop_order_status_customer_idx")
                .doesNotContainAnyElementsOf(drops.stream().map(d -> d.index().name()).toList());
        assertThat(index(after, "event", "event_at_idx")).hasValueSatisfying(i -> assertThat(i.valid()).isTrue());
        for (String partition : List.of("event_p0", "event_p1", "event_p2")) {
            assertThat(index(after, partition, "event_at_idx_" + partition)).hasValueSatisfying(i -> assertThat(i.valid()).isTrue());
        }

        run(writer.undo(WHEN));
        Catalog undone = catalog();
        assertThat(validIndexNames(undone, "shop_order")).isEqualTo(validIndexNames(before, "shop_order"));
        assertThat(index(undone, "shop_order", "shop_order_email_uniq")).isEmpty();
        assertThat(index(undone, "event", "event_at_idx")).isEmpty();
        assertThat(index(undone, "event_p0", "event_at_idx_event_p0")).isEmpty();
    }

    // Each statement on its own in autocommit, as a migration tool runs a non-transactional script.
    private void run(String script) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (SqlStatement statement : SqlScript.split(script)) {
                s.execute(statement.text());
            }
        }
    }

    private Catalog catalog() {
        try (Connection c = db.connect()) {
            return new CatalogReader(c).read();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> validIndexNames(Catalog catalog, String table) {
        return relation(catalog, table).indexes().stream().filter(Index::valid).map(Index::name).sorted().toList();
    }

    private static Optional<Index> index(Catalog catalog, String table, String name) {
        return relation(catalog, table).indexes().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static Relation relation(Catalog catalog, String table) {
        return catalog.relation("public", table).orElseThrow(() -> new AssertionError("no table " + table));
    }

    // Statistics reach the shared counters after the query's session flushes them (at the latest when it ends).
    private void useIndex(String query, String index) throws SQLException, InterruptedException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            s.execute(query);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (scans(index) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(scans(index)).as("scans of " + index).isPositive();
    }

    private long scans(String index) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = '" + index + "'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
