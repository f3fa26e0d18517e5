package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IN;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IS_NOT_NULL;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IS_NULL;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.desc;
import static dev.fawkes.advisor.candidates.CandidateFixture.filter;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.TableAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialCandidatesTest {
    private static List<String> generate(TableAccess access) {
        return ddl(new PartialCandidates(), access);
    }

    @Test
    void literalOnALowCardinalityColumn_becomesThePredicate_andTheOtherColumnsTheKeys() {
        assertThat(generate(on("orders").where(filter("status", EQUALS, "'shipped'::text"), param("customer_id", EQUALS)).build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) WHERE status = 'shipped'::text");
    }

    @Test
    void parameter_neverBecomesAPredicate() {
        assertThat(generate(on("orders").where(param("status", EQUALS), param("customer_id", EQUALS)).build())).isEmpty();
    }

    @Test
    void literalOnAHighCardinalityColumn_isNoPredicate() {
        assertThat(generate(on("orders").where(filter("customer_id", EQUALS, "42"), param("region", EQUALS)).build())).isEmpty();
    }

    @Test
    void softDeleteIsNull_keysTheSortUnderTheLimit() {
        assertThat(generate(on("orders").where(filter("deleted_at", IS_NULL, null)).orderBy(desc("created_at")).limit().build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (created_at DESC) WHERE deleted_at IS NULL");
    }

    @Test
    void isNotNull_onAMostlyNullColumn_qualifies_butNotOnAMostlyFilledOne() {
        assertThat(generate(on("orders").where(filter("deleted_at", IS_NOT_NULL, null)).build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (id) WHERE deleted_at IS NOT NULL");
        assertThat(generate(on("orders").where(filter("email", IS_NOT_NULL, null)).build())).isEmpty();
    }

    @Test
    void inList_usesTheLiteralAsGiven() {
        assertThat(generate(on("orders").where(filter("status", IN, "'{pending,failed}'::text[]"), param("customer_id", EQUALS)).build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) WHERE status = ANY ('{pending,failed}'::text[])");
    }

    @Test
    void booleanLiteral_isWrittenAsTheColumnOrItsNegation_thePlannerCanMatchAgainstAHypotheticalIndex() {
        assertThat(generate(on("orders").where(filter("archived", EQUALS, "false"), param("customer_id", EQUALS)).build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) WHERE NOT archived");
        assertThat(generate(on("orders").where(filter("archived", EQUALS, "true"), param("customer_id", EQUALS)).build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) WHERE archived");
    }

    @Test
    void nothingElseToIndex_keysThePrimaryKey() {
        assertThat(generate(on("orders").where(filter("status", EQUALS, "'pending'::text")).build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (id) WHERE status = 'pending'::text");
    }

    @Test
    void severalQualifyingPredicates_areCombinedFirst_thenEachAloneWithTheOthersAsKeys() {
        assertThat(generate(on("orders").where(filter("status", EQUALS, "'shipped'::text"), filter("deleted_at", IS_NULL, null),
                param("customer_id", EQUALS)).build())).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) WHERE status = 'shipped'::text AND deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, deleted_at) WHERE status = 'shipped'::text",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, status) WHERE deleted_at IS NULL");
    }
}
