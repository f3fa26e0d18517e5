package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandIT {
    // Not the scenario's own database, which may hold data a developer loaded at scale 1.
    static final String SCENARIO_DB = "fawkes_it_bench_command";

    @AfterAll
    static void dropScenarioDatabase() {
        PgTestServer.get().execute("DROP DATABASE IF EXISTS " + SCENARIO_DB + " WITH (FORCE)");
    }

    @Test
    void compareNoneExpertAdvisor_printsSideBySide_andWritesReportFiles_withTheAdvice(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("bench", "astral-planner", "--url", CliRun.url(PgTestServer.get().adminUrl()),
                "--scale", "0.01", "--warmup", "0s", "--duration", "1s", "--users", "2",
                "--compare", "none,expert,advisor:min-improvement=0.05", "--database", SCENARIO_DB, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("none").contains("expert").contains("advisor");
        assertThat(run.err()).contains(SCENARIO_DB).contains("wrote");
        assertThat(out.resolve("report.md")).exists();
        assertThat(out.resolve("report.json")).exists();
        assertThat(out.resolve("latency.svg")).exists();
        assertThat(Files.readString(out.resolve("advisor_min-improvement_0.05-advice.md"))).startsWith("# Fawkes index advice");
    }

    @Test
    void unknownScenario_exits2_listingTheScenarios() {
        CliRun run = CliRun.of("bench", "nope");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no scenario named 'nope'").contains("astral-field");
    }

    @Test
    void openAndClosedModelTogether_exits2() {
        CliRun run = CliRun.of("bench", "vibing2", "--rate", "10", "--users", "3");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("not both");
    }

    @Test
    void databaseNameThatIsNotAPlainIdentifier_exits2() {
        CliRun run = CliRun.of("bench", "vibing2", "--database", "x; DROP DATABASE postgres");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("must be a lower-case identifier");
    }

    @Test
    void badDuration_exits2_withTheAcceptedForms() {
        CliRun run = CliRun.of("bench", "vibing2", "--duration", "soon");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("500ms, 30s");
    }

    @Test
    void unknownIndexSet_exits2() throws Exception {
        CliRun run = CliRun.of("bench", "vibing2", "--indexes", "no-such-file.sql");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no index set named");
        assertThat(Files.exists(Path.of("no-such-file.sql"))).isFalse();
    }
}
