package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.FULL_TEXT;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.JSONB_CONTAINS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_INFIX;
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

class GinCandidatesTest {
    private static final Relation ORDERS = orders();

    private static List<Candidate> generate(TableAccess access, Catalog catalog) {
        return new GinCandidates().generate(access, ORDERS, catalog);
    }

    @Test
    void jsonbContainment_getsJsonbPathOps() {
        assertThat(ddl(generate(on("orders").where(filter("payload", JSONB_CONTAINS, "'{\"a\": 1}'::jsonb")).build(), catalog(ORDERS))))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders USING gin (payload jsonb_path_ops)");
    }

    @Test
    void infixLike_getsTrigrams_andAlwaysSaysTheExtensionIsNeeded_forTheDatabaseTheMigrationRunsOn() {
        TableAccess access = on("orders").where(filter("name", LIKE_INFIX, "'%smith%'::text")).build();

        List<Candidate> without = generate(access, catalog(ORDERS));
        List<Candidate> with = generate(access, withExtension(catalog(ORDERS), "pg_trgm"));

        assertThat(ddl(without)).containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders USING gin (name gin_trgm_ops)");
        assertThat(without.getFirst().requires()).containsExactly("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        assertThat(with.getFirst().requires()).containsExactly("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    }

    @Test
    void infixLikeOnAParameter_saysShortTermsCannotUseTheTrigrams_aLiteralPatternDoesNot() {
        List<Candidate> parameter = generate(on("orders").where(param("name", LIKE_INFIX)).build(), catalog(ORDERS));
        List<Candidate> literal = generate(on("orders").where(filter("name", LIKE_INFIX, "'%smith%'::text")).build(),
                catalog(ORDERS));

        assertThat(parameter.getFirst().why()).startsWith("infix LIKE on name").contains("under three characters");
        assertThat(literal.getFirst().why()).isEqualTo("infix LIKE on name");
    }

    @Test
    void fullText_indexesTheExactTsvectorExpression() {
        assertThat(ddl(generate(on("orders").where(expression("to_tsvector('english'::regconfig, notes)", FULL_TEXT, null)).build(),
                catalog(ORDERS))))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders USING gin ((to_tsvector('english'::regconfig, notes)))");
    }

    @Test
    void btreeConditions_getNoGin() {
        assertThat(generate(on("orders").where(param("status", EQUALS)).build(), catalog(ORDERS))).isEmpty();
    }
}
