package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IN;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_PREFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.OTHER;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.expression;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.TableAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionCandidatesTest {
    private static List<String> generate(TableAccess access) {
        return ddl(new ExpressionCandidates(), access);
    }

    @Test
    void indexesTheExpressionExactlyAsTheStatementSpellsIt() {
        assertThat(generate(on("orders").where(expression("lower(email)", EQUALS, null)).build()))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders ((lower(email)))");
    }

    @Test
    void equalityExpression_leadsTheOtherEqualityColumns() {
        assertThat(generate(on("orders").where(param("status", EQUALS), expression("(payload ->> 'type'::text)", EQUALS, "'x'::text"))
                .build())).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders ((payload ->> 'type'::text), status)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders ((payload ->> 'type'::text))");
    }

    @Test
    void prefixLikeOnAnExpression_followsTheEqualities_withThePatternOperatorClass() {
        assertThat(generate(on("orders").where(param("status", EQUALS), expression("lower(name::text)", LIKE_PREFIX, "'ab%'::text"))
                .build())).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (status, (lower(name::text)) text_pattern_ops)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders ((lower(name::text)) text_pattern_ops)");
    }

    @Test
    void severalEqualityExpressions_shareOneIndex_endingWithTheOrderTheLimitNeeds() {
        assertThat(generate(on("orders").where(expression("(definition ->> 'type'::text)", EQUALS, null),
                expression("(definition ->> 'status'::text)", EQUALS, null)).orderBy(CandidateFixture.desc("created_at"))
                .limit().build())).contains(
                "CREATE INDEX IF NOT EXISTS i ON public.orders ((definition ->> 'type'::text), (definition ->> 'status'::text))",
                "CREATE INDEX IF NOT EXISTS i ON public.orders ((definition ->> 'type'::text), (definition ->> 'status'::text),"
                        + " created_at DESC)");
    }

    @Test
    void anInListAmongTheExpressions_keepsTheOrderByOutOfTheSharedIndex() {
        assertThat(generate(on("orders").where(expression("(definition ->> 'type'::text)", IN, null),
                expression("(definition ->> 'status'::text)", EQUALS, null)).orderBy(CandidateFixture.desc("created_at"))
                .limit().build())).contains(
                "CREATE INDEX IF NOT EXISTS i ON public.orders ((definition ->> 'type'::text), (definition ->> 'status'::text))")
                .noneMatch(ddl -> ddl.contains("created_at DESC"));
    }

    @Test
    void plainColumnsAndUnindexableExpressions_proposeNothing() {
        assertThat(generate(on("orders").where(param("status", EQUALS), expression("total * 2 + id", OTHER, null)).build())).isEmpty();
    }
}
