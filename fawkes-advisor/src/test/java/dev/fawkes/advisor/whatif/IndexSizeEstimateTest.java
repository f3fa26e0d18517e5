package dev.fawkes.advisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import dev.fawkes.core.catalog.TableStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexSizeEstimateTest {

    @Test
    void btree_isRowsTimesEntryWidthOverFillFactor_plusTheMetapage() {
        // 50,000 × (4 + 8 + 8) / 0.9 = 1,111,112 bytes → 136 pages, + 1 metapage
        assertThat(IndexSizeEstimate.bytes("btree", 50_000, 300, 4)).isEqualTo(137L * 8192);
    }

    @Test
    void emptyTable_stillHasTheMetapageAndOneLeaf() {
        assertThat(IndexSizeEstimate.bytes("btree", 0, 0, 4)).isEqualTo(8192);
    }

    @Test
    void hash_storesFourByteHashCodes_whateverTheKeyWidth() {
        assertThat(IndexSizeEstimate.bytes("hash", 50_000, 300, 40)).isEqualTo(IndexSizeEstimate.bytes("btree", 50_000, 300, 4));
    }

    @Test
    void brin_isTinyAndAtLeastThreePages() {
        assertThat(IndexSizeEstimate.bytes("BRIN", 50_000, 300, 8)).isEqualTo(3L * 8192);
        // 1,280,000 pages → 10,000 ranges × (2 × 8 + 16) = 320,000 bytes → 40 pages + metapage and range map
        assertThat(IndexSizeEstimate.bytes("brin", 1e8, 1_280_000, 8)).isEqualTo(42L * 8192);
    }

    @Test
    void fromCatalog_usesColumnStatsWidths_typeWidths_andUnknownForExpressions() {
        Column email = new Column(1, "email", "text", -1, true, null, Column.Identity.NONE, null,
                new ColumnStats(0, -1, null, 22, List.of(), List.of()));
        Column account = new Column(2, "account_id", "integer", -1, true, null, Column.Identity.NONE, null, null);
        Relation users = new Relation(1, "public", "users", RelationKind.TABLE, List.of(email, account), List.of(), List.of(),
                new TableStats(50_000, 500, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null), null, null);
        Catalog catalog = new Catalog(null, List.of(), List.of("public"), List.of(users), Instant.EPOCH);

        IndexSpec covering = new IndexSpec("public", "users", "btree", List.of(new IndexKey("account_id", null, null, false, false)),
                List.of("email"), null);
        IndexSpec expression = new IndexSpec("public", "users", "btree", List.of(new IndexKey(null, "lower(email)", null, false, false)),
                List.of(), null);

        assertThat(IndexSizeEstimate.bytes(covering, catalog)).isEqualTo(IndexSizeEstimate.bytes("btree", 50_000, 500, 4 + 22));
        assertThat(IndexSizeEstimate.bytes(expression, catalog)).isEqualTo(IndexSizeEstimate.bytes("btree", 50_000, 500, 32));
        ColumnStats sampled = new ColumnStats(0, 40_000, null, 21, List.of(), List.of());
        assertThat(IndexSizeEstimate.bytes(expression, catalog, Map.of("lower(email)", sampled)))
                .isEqualTo(IndexSizeEstimate.bytes("btree", 50_000, 500, 21));
        ColumnStats twoValues = new ColumnStats(0, 2, null, 3, List.of(), List.of());
        assertThat(IndexSizeEstimate.bytes(expression, catalog, Map.of("lower(email)", twoValues)))
                .as("deduplicated").isLessThan(IndexSizeEstimate.bytes("btree", 50_000, 500, 3) / 2);
    }

    @Test
    void sampledDistinctCounts_scaleToTheTable_asAnalyzeDoes() {
        assertThat(ExpressionSample.distinct(30_000, 2, 0, 1_000_000)).isEqualTo(2);
        assertThat(ExpressionSample.distinct(30_000, 30_000, 30_000, 1_000_000)).isEqualTo(1_000_000);
        assertThat(ExpressionSample.distinct(30_000, 20_000, 10_000, 30_000)).as("the whole table").isEqualTo(20_000);
        assertThat(ExpressionSample.distinct(30_000, 20_000, 10_000, 1_000_000)).isBetween(20_000.0, 1_000_000.0);
    }

    @Test
    void repeatedKeys_areDeduplicated_oneEntryPerKeyAndSixBytesPerRow() {
        Column owner = new Column(1, "owner_id", "uuid", -1, true, null, Column.Identity.NONE, null,
                new ColumnStats(0, 60_000, null, 16, List.of(), List.of()));
        Column created = new Column(2, "created", "timestamp with time zone", -1, true, null, Column.Identity.NONE, null,
                new ColumnStats(0, -1, null, 8, List.of(), List.of()));
        Relation logs = new Relation(1, "public", "logs", RelationKind.TABLE, List.of(owner, created), List.of(), List.of(),
                new TableStats(3_000_000, 40_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null), null, null);
        Catalog catalog = new Catalog(null, List.of(), List.of("public"), List.of(logs), Instant.EPOCH);
        IndexKey ownerKey = new IndexKey("owner_id", null, null, false, false);
        IndexKey createdKey = new IndexKey("created", null, null, false, false);

        long byOwner = IndexSizeEstimate.bytes(new IndexSpec("public", "logs", "btree", List.of(ownerKey), List.of(), null), catalog);
        // (60,000 keys × (16 + 16) + 3,000,000 × 6) / 0.9 = 22 MB, against 107 MB for one entry per row.
        assertThat(byOwner).isEqualTo((long) (Math.ceil((60_000 * 32 + 3_000_000 * 6) / 0.9 / 8192) + 1) * 8192);
        assertThat(IndexSizeEstimate.bytes(new IndexSpec("public", "logs", "btree", List.of(ownerKey, createdKey), List.of(), null),
                catalog)).isEqualTo(IndexSizeEstimate.bytes("btree", 3_000_000, 40_000, 24));
        assertThat(IndexSizeEstimate.bytes(new IndexSpec("public", "logs", "btree", List.of(ownerKey), List.of("created"), null),
                catalog)).as("INCLUDE turns deduplication off").isEqualTo(IndexSizeEstimate.bytes("btree", 3_000_000, 40_000, 24));
    }

    @Test
    void unknownTable_countsNoRows() {
        Catalog empty = new Catalog(null, List.of(), List.of(), List.of(), Instant.EPOCH);
        assertThat(IndexSizeEstimate.bytes(IndexSpec.btree("public", "nope", "a"), empty)).isEqualTo(8192);
    }
}
