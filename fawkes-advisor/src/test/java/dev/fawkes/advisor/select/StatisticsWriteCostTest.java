package dev.fawkes.advisor.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.TestCatalogs;
import dev.fawkes.core.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsWriteCostTest {

    @Test
    void chargesEveryIndexMaintainingWrite_scaledByEntryWidth() {
        // 100 inserts, 50 updates of which 20 HOT, 10 deletes: 140 writes reach every index.
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
}
