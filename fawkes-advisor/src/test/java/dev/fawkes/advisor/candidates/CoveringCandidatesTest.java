package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.RANGE;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.desc;
import static dev.fawkes.advisor.candidates.CandidateFixture.expression;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.TableAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoveringCandidatesTest {
    private static List<String> generate(TableAccess access) {
        return ddl(new CoveringCandidates(), access);
    }

    @Test
    void includesFewNarrowReadColumns_forAnIndexOnlyScan() {
        assertThat(generate(on("orders").where(param("customer_id", EQUALS)).reads("total", "id", "status").build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) INCLUDE (id, status, total)");
    }

    @Test
    void includesFilterColumnsThatAreNotKeys_too() {
        assertThat(generate(on("orders").where(param("customer_id", EQUALS), param("total", RANGE)).orderBy(desc("created_at"))
                .limit().reads("id").build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, created_at DESC) INCLUDE (id, total)");
    }

    @Test
    void aGroupedExpression_doesNotStopTheIndexOnlyScan_itsColumnsAreRead() {
        assertThat(generate(on("orders").where(param("customer_id", EQUALS), param("created_at", RANGE))
                .groupBy("date_trunc('day'::text, created_at)", "status").reads("created_at", "status", "total").build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, created_at) INCLUDE (status, total)");
    }

    @Test
    void wideOrUnknownWidthOrTooManyColumns_areNotIncluded() {
        var byCustomer = on("orders").where(param("customer_id", EQUALS));
        assertThat(generate(on("orders").where(param("customer_id", EQUALS)).reads("id", "notes").build())).isEmpty();
        assertThat(generate(on("orders").where(param("customer_id", EQUALS)).reads("legacy").build())).isEmpty();
        assertThat(generate(byCustomer.reads("id", "status", "total", "region").build())).isEmpty();
    }

    @Test
    void nothingBeyondTheKeys_orAnExpressionFilter_givesNoCoveringIndex() {
        assertThat(generate(on("orders").where(param("customer_id", EQUALS)).reads("customer_id").build())).isEmpty();
        assertThat(generate(on("orders").where(param("customer_id", EQUALS), expression("lower(email)", EQUALS, null))
                .reads("id").build())).isEmpty();
    }
}
