package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.RANGE;
import static dev.fawkes.advisor.candidates.CandidateFixture.APPEND_ONLY;
import static dev.fawkes.advisor.candidates.CandidateFixture.catalog;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.orders;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrinCandidatesTest {
    private static final TableAccess BY_DAY = on("orders").where(param("created_at", RANGE)).build();

    private static List<String> generate(TableAccess access, Relation table) {
        return ddl(new BrinCandidates().generate(access, table, catalog(table)));
    }

    @Test
    void rangeOnACorrelatedColumnOfALargeAppendOnlyTable_getsBrin() {
        List<Candidate> candidates = new BrinCandidates().generate(BY_DAY, orders(), catalog(orders()));

        assertThat(ddl(candidates)).containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders USING brin (created_at)");
        assertThat(candidates.getFirst().why()).contains("correlation 0.99");
    }

    @Test
    void smallTable_getsNoBrin() {
        assertThat(generate(BY_DAY, orders(50_000, APPEND_ONLY))).isEmpty();
    }

    @Test
    void uncorrelatedColumn_orEquality_getsNoBrin() {
        assertThat(generate(on("orders").where(param("total", RANGE)).build(), orders())).isEmpty();
        assertThat(generate(on("orders").where(param("created_at", EQUALS)).build(), orders())).isEmpty();
    }

    @Test
    void churnOverTenPercentOfInserts_getsNoBrin_butNoCountersAtAllTrustsTheCorrelation() {
        assertThat(generate(BY_DAY, orders(1_000_000, new long[] {1_000_000, 200_000, 0, 0}))).isEmpty();
        assertThat(generate(BY_DAY, orders(1_000_000, new long[] {0, 0, 0, 0}))).hasSize(1);
    }
}
