package dev.fawkes.advisor.analysis;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.FULL_TEXT;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IN;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IS_NOT_NULL;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IS_NULL;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.JSONB_CONTAINS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_INFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_PREFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_WITHOUT_TRIGRAM;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.OTHER;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.RANGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conditions copied from real EXPLAIN (VERBOSE, FORMAT JSON) output of PostgreSQL 15 and 17. */
class ConditionParserTest {
    private static final Map<String, String> TYPES = Map.of("u.data", "jsonb", "u.code", "character varying(20)",
            "u.created_at", "timestamp with time zone", "u.tags", "text[]", "d.search", "tsvector", "u.active", "boolean");

    private final Map<String, List<ColumnUse>> filters = new LinkedHashMap<>();
    private final Map<String, List<String>> joins = new LinkedHashMap<>();
    private final Map<String, List<Disjunction>> disjunctions = new LinkedHashMap<>();
    private final List<String> shortPatterns = new ArrayList<>();
    private final ConditionParser parser = new ConditionParser(new Aliases(Set.of("u", "i", "d", "r"), null), new Sink());

    @Test
    void readsEveryOperatorKind_fromOneSeqScanFilter() {
        parser.parse("((u.deleted_at IS NULL) AND u.active AND (u.name ~~* '%smi%'::text) AND (u.data @> '{\"a\": 1}'::jsonb)"
                + " AND (u.\"order\" > 5) AND ((u.code)::text = 'x'::text) AND (u.id = ANY ('{1,2,3}'::bigint[]))"
                + " AND (lower(u.email) = 'a@b'::text) AND ((u.created_at)::date = '2024-01-01'::date)"
                + " AND (to_tsvector('english'::regconfig, u.title) @@ to_tsquery('x'::text)))");

        assertThat(filters.get("u")).containsExactly(
                new ColumnUse("deleted_at", null, IS_NULL, null),
                new ColumnUse("active", null, EQUALS, "true"),
                new ColumnUse("name", null, LIKE_INFIX, "'%smi%'::text"),
                new ColumnUse("data", null, JSONB_CONTAINS, "'{\"a\": 1}'::jsonb"),
                new ColumnUse("order", null, RANGE, "5"),
                new ColumnUse("code", null, EQUALS, "'x'::text"),
                new ColumnUse("id", null, IN, "'{1,2,3}'::bigint[]"),
                new ColumnUse(null, "lower(email)", EQUALS, "'a@b'::text"),
                new ColumnUse(null, "((created_at)::date)", EQUALS, "'2024-01-01'::date"),
                new ColumnUse(null, "to_tsvector('english'::regconfig, title)", FULL_TEXT, null));
    }

    @Test
    void keepsJsonExpressionWithItsCast_andParameterIsNoLiteral() {
        parser.parse("((i.definition ->> 'type'::text) = $1)");

        assertThat(filters.get("i")).containsExactly(new ColumnUse(null, "(definition ->> 'type'::text)", EQUALS, null));
    }

    @Test
    void likePrefix_onlyForCaseSensitiveLiteralWithoutLeadingWildcard() {
        parser.parse("((u.name ~~ 'abc%'::text) AND (u.email ~~ '%x'::text) AND (u.title ~~* 'abc%'::text) AND (u.note ~~ $2))");

        assertThat(filters.get("u")).extracting(ColumnUse::operator).containsExactly(LIKE_PREFIX, LIKE_INFIX, LIKE_INFIX, LIKE_INFIX);
    }

    @Test
    void parameterPattern_mostlyObservedWithoutTrigram_isLikeWithoutTrigram_butALiteralKeepsItsOwnKind() {
        shortPatterns.add("$2");
        parser.parse("((u.note ~~* ($2)::text) AND (u.title ~~* $3) AND (u.name ~~* '%ab%'::text))");

        assertThat(filters.get("u")).extracting(ColumnUse::operator).containsExactly(LIKE_WITHOUT_TRIGRAM, LIKE_INFIX, LIKE_INFIX);
    }

    @Test
    void expressionWithAParameter_isNoTarget_itsColumnsAreOther() {
        parser.parse("(((u.data ->> $1) = $2) AND (to_tsvector(($3)::regconfig, u.title) @@ plainto_tsquery($4)))");

        assertThat(filters.get("u")).extracting(ColumnUse::column, ColumnUse::operator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("data", OTHER), org.assertj.core.groups.Tuple.tuple("title", OTHER));
    }

    @Test
    void equalityAcrossAliases_isAJoinForBothTables() {
        parser.parse("(u.id = i.user_id)");
        parser.parse("((i.user_id = u.id) AND (i.price > u.limit_price))");

        assertThat(joins.get("u")).containsExactly("id", "id");
        assertThat(joins.get("i")).containsExactly("user_id", "user_id");
        assertThat(filters.get("i")).containsExactly(new ColumnUse("price", null, RANGE, null));
    }

    @Test
    void joinWithACteAlias_isAJoinColumnOfTheTableOnly() {
        parser.parse("(u.id = r.user_id)");

        assertThat(joins).containsOnlyKeys("u");
    }

    @Test
    void betweenRangesAndReversedOperands_areRanges() {
        parser.parse("((i.price >= '1'::numeric) AND (i.price <= '5'::numeric) AND ('10'::numeric < i.price) AND (i.user_id = 4))");

        assertThat(filters.get("i")).containsExactly(new ColumnUse("price", null, RANGE, "'1'::numeric"),
                new ColumnUse("price", null, RANGE, "'5'::numeric"), new ColumnUse("price", null, RANGE, "'10'::numeric"),
                new ColumnUse("user_id", null, EQUALS, "4"));
    }

    @Test
    void orOfConditions_marksItsColumnsOther_andIsADisjunctionOfItsArms() {
        parser.parse("((u.tags @> '{x}'::text[]) OR ((u.id = 3) AND (u.code = $1)))");

        assertThat(filters.get("u")).containsExactly(new ColumnUse("tags", null, OTHER, null), new ColumnUse("id", null, OTHER, null),
                new ColumnUse("code", null, OTHER, null));
        assertThat(disjunctions.get("u")).containsExactly(new Disjunction(List.of(
                List.of(new ColumnUse("tags", null, OTHER, "'{x}'::text[]")),
                List.of(new ColumnUse("id", null, EQUALS, "3"), new ColumnUse("code", null, EQUALS, null)))));
    }

    @Test
    void orAcrossTables_orWithAParameterTest_orNested_isNoDisjunction() {
        parser.parse("((u.id = 3) OR (i.user_id = 4))");
        parser.parse("(($1 IS NULL) OR (u.id = $1))");
        parser.parse("((u.id = i.user_id) OR (u.id = 4))");
        parser.parse("((u.id = 3) OR ((u.code = $1) OR (u.code = $2)))");

        assertThat(disjunctions).isEmpty();
    }

    @Test
    void arrayContainment_isNotJsonbContainment() {
        parser.parse("(u.tags @> '{x}'::text[])");

        assertThat(filters.get("u")).containsExactly(new ColumnUse("tags", null, OTHER, "'{x}'::text[]"));
    }

    @Test
    void initPlanParameter_isAValueButNoLiteral_andRowComparisonRangesEachColumn() {
        parser.parse("((u.id = $0) AND (ROW(u.created_at, u.id) < ROW('2024-01-01 00:00:00+00'::timestamp with time zone, 5)))");

        assertThat(filters.get("u")).containsExactly(new ColumnUse("id", null, EQUALS, null),
                new ColumnUse("created_at", null, RANGE, "'2024-01-01 00:00:00+00'::timestamp with time zone"),
                new ColumnUse("id", null, RANGE, "5"));
    }

    @Test
    void inListOfParameters_isInWithoutLiteral_andNotEqualIsOther() {
        parser.parse("((u.id = ANY (ARRAY[$1, $2, $3])) AND (u.status <> 'x'::text) AND (u.deleted_at IS NOT NULL))");

        assertThat(filters.get("u")).containsExactly(new ColumnUse("id", null, IN, null),
                new ColumnUse("status", null, OTHER, "'x'::text"), new ColumnUse("deleted_at", null, IS_NOT_NULL, null));
    }

    @Test
    void storedTsvectorColumn_isFullText_andNegatedBooleanIsFalse() {
        parser.parse("((d.search @@ '''x'''::tsquery) AND (NOT u.active))");

        assertThat(filters.get("d")).containsExactly(new ColumnUse("search", null, FULL_TEXT, "'''x'''::tsquery"));
        assertThat(filters.get("u")).containsExactly(new ColumnUse("active", null, EQUALS, "false"));
    }

    @Test
    void textSearchMatchedAgainstAQueryFunctionInFrom_isFullText_andOtherCrossComparisonsStayOther() {
        // r is a function scan: FROM docs d, websearch_to_tsquery('english', $1) r
        parser.parse("((to_tsvector('english'::regconfig, (((d.title)::text || ' '::text) || COALESCE(d.body, ''::text)))"
                + " @@ r.q) AND (u.name ~~ r.pattern))");

        assertThat(filters.get("d")).containsExactly(new ColumnUse(null,
                "to_tsvector('english'::regconfig, (((title)::text || ' '::text) || COALESCE(body, ''::text)))", FULL_TEXT, null));
        assertThat(filters.get("u")).containsExactly(new ColumnUse("name", null, OTHER, null));
    }

    @Test
    void hashedSubPlan_andTimeArithmetic_leaveNoLiteral() {
        parser.parse("((ANY (u.id = (hashed SubPlan 1).col1)) AND (u.created_at > (now() - '7 days'::interval)))");

        assertThat(filters.get("u")).containsExactly(new ColumnUse("id", null, OTHER, null),
                new ColumnUse("created_at", null, RANGE, null));
    }

    @Test
    void indexExpression_isBareForCallsAndParenthesizedOtherwise() {
        assertThat(Operand.indexExpression("(lower(email))")).isEqualTo("lower(email)");
        assertThat(Operand.indexExpression("definition ->> 'type'::text")).isEqualTo("(definition ->> 'type'::text)");
    }

    private final class Sink implements ConditionParser.Sink {
        @Override
        public boolean mostlyWithoutTrigram(String pattern) {
            return shortPatterns.stream().anyMatch(pattern::contains);
        }

        @Override
        public boolean isTable(String alias) {
            return !alias.equals("r");
        }

        @Override
        public String typeOf(String alias, String column) {
            return TYPES.get(alias + "." + column);
        }

        @Override
        public void filter(String alias, ColumnUse use) {
            filters.computeIfAbsent(alias, a -> new ArrayList<>()).add(use);
        }

        @Override
        public void join(String alias, String target) {
            joins.computeIfAbsent(alias, a -> new ArrayList<>()).add(target);
        }

        @Override
        public void disjunction(String alias, Disjunction or) {
            disjunctions.computeIfAbsent(alias, a -> new ArrayList<>()).add(or);
        }
    }
}
