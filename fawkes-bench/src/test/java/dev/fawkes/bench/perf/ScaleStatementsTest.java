package dev.fawkes.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.workload.Fingerprint;
import dev.fawkes.core.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleStatementsTest {
    private static final ScaleSchema SCHEMA = ScaleSchema.generate(100, 42);

    private static List<ScaleStatements.Statement> generate(long seed) {
        return ScaleStatements.generate(SCHEMA, 1_000, 20_000, seed);
    }

    @Test
    void sameSeed_givesTheSameStatementsAndCalls() {
        assertThat(generate(42)).isEqualTo(generate(42));
        assertThat(ScaleSchema.generate(100, 42)).isEqualTo(SCHEMA);
    }

    @Test
    void anotherSeed_givesOtherStatements() {
        assertThat(generate(7)).isNotEqualTo(generate(42));
    }

    @Test
    void generatesTheAskedNumber_ofDistinctFingerprints() {
        List<ScaleStatements.Statement> statements = generate(42);
        assertThat(statements).hasSize(1_000);
        assertThat(statements.stream().map(s -> Fingerprint.of(s.sql()).fingerprint()).distinct()).hasSize(1_000);
    }

    @Test
    void workload_keepsEveryStatementWithItsCalls() {
        List<ScaleStatements.Statement> statements = generate(42);
        Workload workload = ScaleStatements.workload(statements);
        assertThat(workload.skipped()).isEmpty();
        assertThat(workload.queries()).hasSize(1_000);
        assertThat(workload.queries().stream().mapToLong(q -> q.calls()).sum())
                .isEqualTo(statements.stream().mapToLong(ScaleStatements.Statement::calls).sum());
    }

    @Test
    void callsAreZipfLike_oneHotStatementAndALongTail() {
        List<Long> calls = generate(42).stream().map(ScaleStatements.Statement::calls).sorted().toList();
        assertThat(calls.getLast()).isEqualTo(ScaleStatements.TOP_CALLS);
        assertThat(calls.get(calls.size() - 2)).isEqualTo(ScaleStatements.TOP_CALLS / 2);
        assertThat(calls.getFirst()).isEqualTo(ScaleStatements.TOP_CALLS / 1_000);
    }

    @Test
    void mixes_everyShape_parametersAndLiterals() {
        List<String> sqls = generate(42).stream().map(ScaleStatements.Statement::sql).toList();
        assertThat(sqls).anyMatch(s -> s.contains(" JOIN ")).anyMatch(s -> s.contains(" GROUP BY "))
                .anyMatch(s -> s.contains(" ILIKE ")).anyMatch(s -> s.contains(" @> ")).anyMatch(s -> s.contains(" IS NULL"))
                .anyMatch(s -> s.contains(" IN (")).anyMatch(s -> s.contains(" LIMIT "))
                .anyMatch(s -> s.startsWith("UPDATE ")).anyMatch(s -> s.startsWith("DELETE "))
                .anyMatch(s -> s.contains("$1")).anyMatch(s -> !s.contains("$1"));
    }

    @Test
    void tables_haveEightToTwelveColumns_andMostHaveAForeignKey() {
        assertThat(SCHEMA.tables()).allSatisfy(t -> assertThat(t.columnNames()).hasSizeBetween(8, 12));
        assertThat(SCHEMA.children().size()).isBetween(60, 90);
        assertThat(SCHEMA.tables().stream().flatMap(t -> t.columns().stream()).distinct())
                .containsExactlyInAnyOrder(ScaleColumn.values());
    }
}
