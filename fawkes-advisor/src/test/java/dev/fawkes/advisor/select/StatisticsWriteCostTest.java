package dev.fawkes.advisor.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.TestCatalogs;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.ServerInfo;
import dev.fawkes.core.workload.Query;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticsWriteCostTest {
    // 100 inserts, 1050 updates of which 1000 HOT, 10 deletes: 160 writes reach every index today.
    private static final long[] WRITES = {100, 1050, 1000, 10};
    private static final double MAINTENANCE = 160 * 2.0 * (1 + 4.0 / 64);
    private static final IndexSpec ON_STATUS = IndexSpec.btree("public", "t", "status");
    private static final IndexSpec ON_NOTE = IndexSpec.btree("public", "t", "note");
    private static final IndexSpec ON_CREATED = IndexSpec.btree("public", "t", "created");

    /** Table t: integer columns, a primary key on id and an index on email, so 2 indexes today. */
    private static Relation table() {
        List<Column> columns = List.of("id", "status", "note", "email", "created").stream()
                .map(name -> TestCatalogs.column(name, "integer", null)).toList();
        return TestCatalogs.table("t", 1000, WRITES, columns, List.of(),
                TestCatalogs.index("t_pkey", 1, true, "t_pkey", true, "id"), TestCatalogs.btree("t_email", 1, "email"));
    }

    private static StatementAnalysis update(long calls, String... columns) {
        String sql = "UPDATE t SET " + String.join(", ", columns);
        Query query = new Query(sql, sql, null, calls, calls, 1, 1, calls, 0, 0);
        TableAccess access = new TableAccess("public", "t", List.of(), List.of(), List.of(), List.of(), Set.of(), false,
                false, Set.of(columns));
        return new StatementAnalysis(query, StatementAnalysis.Kind.UPDATE, List.of(access), null, null);
    }

    /** Updates that could be HOT: 800 set status, 200 set note; 500 set email, which an index has, so are never HOT. */
    private static WriteCost withWorkload(Catalog catalog) {
        return WriteCost.fromStatistics(catalog, 2.0, List.of(update(800, "status"), update(200, "note"), update(500, "email", "status")));
    }

    @Test
    void chargesEveryIndexMaintainingWrite_scaledByEntryWidth() {
        Catalog catalog = TestCatalogs.catalog(null, TestCatalogs.table("t", new long[] {100, 50, 20, 10}, List.of()));
        WriteCost cost = WriteCost.fromStatistics(catalog, 2.0);

        // Columns the catalog does not describe count 32 bytes, PostgreSQL's guess for an unknown width.
        assertThat(cost.of(IndexSpec.btree("public", "t", "a"))).isEqualTo(140 * 2.0 * (1 + 32.0 / 64));
        assertThat(cost.of(IndexSpec.btree("public", "t", "a", "b"))).isEqualTo(140 * 2.0 * (1 + 64.0 / 64));
    }

    @Test
    void chargesNothing_forATableTheCatalogDoesNotKnow() {
        Catalog catalog = TestCatalogs.catalog(null);

        assertThat(WriteCost.fromStatistics(catalog, 1.0).of(IndexSpec.btree("public", "nowhere", "a"))).isZero();
    }

    @Test
    void anIndexOnAnUpdatedColumn_losesItsShareOfTheHotUpdates_andEachWritesToEveryIndex() {
        WriteCost cost = withWorkload(TestCatalogs.catalog(null, table()));

        // status is set by 800 of the 1000 calls that could be HOT: 800 HOT updates lost, each writing 2 + 1 entries.
        assertThat(cost.hotUpdatesLost(ON_STATUS, List.of())).isEqualTo(800);
        assertThat(cost.of(ON_STATUS)).isEqualTo(MAINTENANCE + 800 * 3 * 2.0);
        assertThat(cost.hotUpdatesLost(ON_CREATED, List.of())).isZero();
        assertThat(cost.of(ON_CREATED)).isEqualTo(MAINTENANCE);
    }

    @Test
    void expressionsPredicatesAndIncludeColumns_loseHotUpdatesToo() {
        WriteCost cost = withWorkload(TestCatalogs.catalog(null, table()));
        IndexSpec lowerNote = new IndexSpec("public", "t", "btree", List.of(new IndexKey(null, "(note + 1)", null, false, false)),
                List.of(), null);
        IndexSpec openOnly = new IndexSpec("public", "t", "btree", ON_CREATED.keys(), List.of(), "status = 3");
        IndexSpec covering = new IndexSpec("public", "t", "btree", ON_CREATED.keys(), List.of("note"), null);

        assertThat(cost.hotUpdatesLost(lowerNote, List.of())).isEqualTo(200);
        assertThat(cost.hotUpdatesLost(openOnly, List.of())).isEqualTo(800);
        assertThat(cost.hotUpdatesLost(covering, List.of())).isEqualTo(200);
    }

    @Test
    void chosenIndexesOnTheSameTable_areCostedTogether() {
        WriteCost cost = withWorkload(TestCatalogs.catalog(null, table()));

        // With status chosen, note loses the other 200 HOT updates: 1000 × 4 entries instead of 800 × 3.
        assertThat(cost.hotUpdatesLost(ON_NOTE, List.of(ON_STATUS))).isEqualTo(200);
        assertThat(cost.of(ON_NOTE, List.of(ON_STATUS))).isEqualTo(MAINTENANCE + (1000 * 4 - 800 * 3) * 2.0);
        // An index on a column no UPDATE sets still gets an entry from each update the status index made non-HOT.
        assertThat(cost.hotUpdatesLost(ON_CREATED, List.of(ON_STATUS))).isZero();
        assertThat(cost.of(ON_CREATED, List.of(ON_STATUS))).isEqualTo(MAINTENANCE + 800 * 2.0);
        assertThat(cost.of(ON_CREATED, List.of(IndexSpec.btree("public", "u", "status")))).isEqualTo(MAINTENANCE);
    }

    @Test
    void losesNoHotUpdates_withoutTheWorkload_orWithoutHotUpdates() {
        assertThat(WriteCost.fromStatistics(TestCatalogs.catalog(null, table()), 2.0).of(ON_STATUS)).isEqualTo(MAINTENANCE);
        Relation noHot = TestCatalogs.table("t", 1000, new long[] {100, 50, 0, 10}, table().columns(), List.of());
        assertThat(withWorkload(TestCatalogs.catalog(null, noHot)).hotUpdatesLost(ON_STATUS, List.of())).isZero();
    }

    @Test
    void aBrinIndex_losesHotUpdatesBeforePostgres16_only() {
        IndexSpec brin = new IndexSpec("public", "t", "brin", ON_STATUS.keys(), List.of(), null);
        ServerInfo sixteen = new ServerInfo(160000, "16.0", "app", 1 << 20, null, Map.of());
        Catalog catalog16 = new Catalog(sixteen, List.of(), List.of("public"), List.of(table()), TestCatalogs.READ_AT);

        assertThat(withWorkload(TestCatalogs.catalog(null, table())).hotUpdatesLost(brin, List.of())).isEqualTo(800);
        assertThat(withWorkload(catalog16).hotUpdatesLost(brin, List.of())).isZero();
    }
}
