package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.FULL_TEXT;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.JSONB_CONTAINS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_INFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.RANGE;
import static dev.fawkes.advisor.candidates.CandidateFixture.catalog;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.expression;
import static dev.fawkes.advisor.candidates.CandidateFixture.filter;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.orders;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static dev.fawkes.advisor.candidates.CandidateFixture.withExtension;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeGinCandidatesTest {
    private static final Relation ORDERS = orders();
    private static final String NOTES_TSV = "to_tsvector('english'::regconfig, notes)";

    private static List<Candidate> generate(TableAccess access, Catalog catalog) {
        return new CompositeGinCandidates().generate(access, ORDERS, catalog);
    }

    @Test
    void fullTextWithinATenant_putsTheEqualityColumnInTheGin_andSaysBtreeGinIsNeeded() {
        TableAccess access = on("orders").where(param("customer_id", EQUALS), expression(NOTES_TSV, FULL_TEXT, null)).build();

        List<Candidate> without = generate(access, catalog(ORDERS));
        List<Candidate> with = generate(access, withExtension(catalog(ORDERS), "btree_gin"));

        assertThat(ddl(without)).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders USING gin (customer_id, (" + NOTES_TSV + "))");
        assertThat(without.getFirst().requires()).containsExactly("CREATE EXTENSION IF NOT EXISTS btree_gin");
        assertThat(without.getFirst().why()).contains("full-text search", "equality on customer_id");
        assertThat(with.getFirst().requires()).containsExactly("CREATE EXTENSION IF NOT EXISTS btree_gin");
    }

    @Test
    void literalConditionsOnFewValues_becomeThePredicate_andNeedNoBtreeGin() {
        TableAccess access = on("orders").where(filter("status", EQUALS, "'shipped'::text"),
                filter("payload", JSONB_CONTAINS, "$1")).build();

        List<Candidate> candidates = generate(access, catalog(ORDERS));

        assertThat(ddl(candidates)).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders USING gin (payload jsonb_path_ops) WHERE status = 'shipped'::text");
        assertThat(candidates.getFirst().requires()).isEmpty();
    }

    @Test
    void trigramSearch_needsBothExtensions_andTakesTheMostSelectiveEqualitiesFirst() {
        TableAccess access = on("orders").where(param("region", EQUALS), param("customer_id", EQUALS),
                param("email", EQUALS), filter("name", LIKE_INFIX, "'%smith%'::text")).build();

        List<Candidate> candidates = generate(access, catalog(ORDERS));

        assertThat(ddl(candidates)).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders USING gin (email, customer_id, name gin_trgm_ops)");
        assertThat(candidates.getFirst().requires()).containsExactly("CREATE EXTENSION IF NOT EXISTS pg_trgm",
                "CREATE EXTENSION IF NOT EXISTS btree_gin");
    }

    @Test
    void proposesNothing_withoutAGinCondition_orWithoutAnythingToAddToThePlainGin() {
        assertThat(generate(on("orders").where(param("customer_id", EQUALS), param("created_at", RANGE)).build(),
                catalog(ORDERS))).isEmpty();
        assertThat(generate(on("orders").where(expression(NOTES_TSV, FULL_TEXT, null), param("created_at", RANGE)).build(),
                catalog(ORDERS))).isEmpty();
    }

    @Test
    void leavesOutEqualityColumnsOfTypesBtreeGinCannotIndex() {
        assertThat(CompositeGinCandidates.btreeGinType("character varying(80)")).isTrue();
        assertThat(CompositeGinCandidates.btreeGinType("timestamp with time zone")).isTrue();
        assertThat(CompositeGinCandidates.btreeGinType("jsonb")).isFalse();
        assertThat(CompositeGinCandidates.btreeGinType("order_state")).isFalse();
        assertThat(generate(on("orders").where(param("payload", EQUALS), expression(NOTES_TSV, FULL_TEXT, null)).build(),
                catalog(ORDERS))).isEmpty();
    }
}
