package dev.fawkes.advisor.drop;

import static dev.fawkes.advisor.TestCatalogs.btree;
import static dev.fawkes.advisor.TestCatalogs.catalog;
import static dev.fawkes.advisor.TestCatalogs.index;
import static dev.fawkes.advisor.TestCatalogs.relation;
import static dev.fawkes.advisor.TestCatalogs.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.drop.DropAdvice.Reason;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.ConstraintType;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.RelationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DropAdvisorTest {
    private static final Instant TEN_DAYS_AGO = Instant.parse("2025-03-01T12:00:00Z");
    private static final long[] WRITES = {1000, 500, 100, 100};

    private static Map<String, Reason> reasons(Catalog catalog) {
        return new DropAdvisor().advise(catalog).stream()
                .collect(Collectors.toMap(a -> a.index().name(), DropAdvice::reason));
    }

    private static DropAdvice only(Catalog catalog) {
        List<DropAdvice> advice = new DropAdvisor().advise(catalog);
        assertThat(advice).hasSize(1);
        return advice.getFirst();
    }

    @Test
    void unusedIndex_showsResetAge_sizeAndWritesPerDay() {
        DropAdvice advice = only(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(), btree("t_used", 5, "a"), btree("t_b", 0, "b"))));
        assertThat(advice.reason()).isEqualTo(Reason.UNUSED);
        assertThat(advice.detail()).isEqualTo("0 scans since statistics reset at 2025-03-01T12:00:00Z, 10 days ago");
        assertThat(advice.bytesFreed()).isEqualTo(8192);
        assertThat(advice.writesSinceReset()).isEqualTo(1000 + 100 + 400);
        assertThat(advice.statsAge()).isEqualTo(Duration.ofDays(10));
        assertThat(advice.writesPerDay()).hasValue(150);
        assertThat(advice.dropSql()).isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS public.t_b;");
        assertThat(advice.undoSql()).isEqualTo("CREATE INDEX CONCURRENTLY IF NOT EXISTS t_b ON public.t USING btree (b);");
    }

    @Test
    void unknownResetTime_givesNoWritesPerDay() {
        DropAdvice advice = only(catalog(null, table("t", WRITES, List.of(), btree("t_b", 0, "b"))));
        assertThat(advice.detail()).contains("never reset");
        assertThat(advice.writesPerDay()).isEmpty();
    }

    @Test
    void uniqueAndPrimaryKeyIndexes_areNeverUnused() {
        assertThat(reasons(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(),
                index("t_pkey", 0, true, "t_pkey", true, "id"), index("t_email", 0, true, null, true, "email"),
                index("t_code_key", 0, true, "t_code_key", true, "code"))))).isEmpty();
    }

    @Test
    void duplicate_keepsTheConstraintIndex_evenWhenTheOtherIsUsed() {
        assertThat(reasons(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(),
                index("t_pkey", 0, true, "t_pkey", true, "id"), btree("t_id", 9, "id")))))
                .containsExactlyEntriesOf(Map.of("t_id", Reason.DUPLICATE));
    }

    @Test
    void duplicateUniqueIndexes_keepTheConstraintOne() {
        assertThat(reasons(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(),
                index("a_email_uniq", 3, true, null, true, "email"), index("t_email_key", 0, true, "t_email_key", true, "email")))))
                .containsExactlyEntriesOf(Map.of("a_email_uniq", Reason.DUPLICATE));
    }

    @Test
    void uniqueIndex_isKeptOverASameShapedPlainOne() {
        DropAdvice advice = only(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(),
                btree("a_email", 7, "email"), index("t_email_uniq", 0, true, null, true, "email"))));
        assertThat(advice.index().name()).isEqualTo("a_email");
        assertThat(advice.detail()).startsWith("the same definition as t_email_uniq (CREATE UNIQUE INDEX t_email_uniq");
    }

    @Test
    void duplicates_keepTheMoreUsed_thenTheFirstName_andTheKeeperIsNotAlsoUnused() {
        assertThat(reasons(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(), btree("t_x2", 0, "x"), btree("t_x1", 0, "x")))))
                .containsExactlyEntriesOf(Map.of("t_x2", Reason.DUPLICATE));
        assertThat(reasons(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(), btree("t_x2", 4, "x"), btree("t_x1", 0, "x")))))
                .containsExactlyEntriesOf(Map.of("t_x1", Reason.DUPLICATE));
    }

    @Test
    void prefixIndex_isRedundantToTheWiderOne_butNotWhenUnique() {
        assertThat(reasons(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(),
                btree("t_a", 50, "a"), btree("t_a_b", 3, "a", "b"), index("t_c", 0, true, null, true, "c"),
                btree("t_c_d", 3, "c", "d")))))
                .containsExactlyEntriesOf(Map.of("t_a", Reason.PREFIX_REDUNDANT));
    }

    @Test
    void twinsThatLeadAWiderIndex_bothGiveWayToIt_neverNamingADroppedIndexAsTheOneThatStays() {
        List<DropAdvice> advice = new DropAdvisor().advise(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(),
                btree("t_a1", 5, "a"), btree("t_a2", 5, "a"), btree("t_a_b", 5, "a", "b"))));

        assertThat(advice).extracting(a -> a.index().name(), DropAdvice::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("t_a1", Reason.PREFIX_REDUNDANT),
                org.assertj.core.groups.Tuple.tuple("t_a2", Reason.PREFIX_REDUNDANT));
        assertThat(advice).allSatisfy(a -> assertThat(a.detail()).contains("t_a_b"));
    }

    @Test
    void invalidIndex_isAdvised_withACommentedUndo() {
        DropAdvice advice = only(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(), index("t_email_uniq", 0, true, null, false, "email"))));
        assertThat(advice.reason()).isEqualTo(Reason.INVALID);
        assertThat(advice.undoSql()).startsWith("-- not restored: t_email_uniq was invalid; to rebuild it: CREATE UNIQUE INDEX CONCURRENTLY");
    }

    @Test
    void invalidIndex_isNeverTheOneKept() {
        assertThat(reasons(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(),
                index("t_a_bad", 0, false, null, false, "a"), btree("t_a_good", 1, "a")))))
                .containsExactlyEntriesOf(Map.of("t_a_bad", Reason.INVALID));
    }

    @Test
    void unusedForeignKeyIndex_saysWhatItServes() {
        Constraint fk = new Constraint("t_owner_fk", ConstraintType.FOREIGN_KEY, List.of("owner_id"), "public", "owner",
                List.of("id"), true, "FOREIGN KEY (owner_id) REFERENCES owner(id)");
        assertThat(only(catalog(TEN_DAYS_AGO, table("t", WRITES, List.of(fk), btree("t_owner", 0, "owner_id")))).detail())
                .endsWith("; it can serve foreign key t_owner_fk when referenced rows are deleted or their key updated");
    }

    @Test
    void partitionedTables_andTheIndexesPartitionsInherit_areLeftOut() {
        Index parent = btree("m_a", 0, "a");
        Catalog catalog = catalog(TEN_DAYS_AGO, relation("m", RelationKind.PARTITIONED_TABLE, null, parent),
                relation("m_0", RelationKind.TABLE, "m", btree("m_0_a_idx", 0, "a"), btree("m_0_local", 0, "b")));
        assertThat(reasons(catalog)).containsExactlyEntriesOf(Map.of("m_0_local", Reason.UNUSED));
    }
}
