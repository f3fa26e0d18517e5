package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code fawkes check} with test-only checks against a real database: formats, --only, --set and exit codes. */
class CheckCommandIT {
    static TestDatabase db;
    static String url;

    /** CRITICAL when a table named {@code table} exists, else OK. */
    record TableCheck(String id, String table) implements Check {
        @Override
        public String title() {
            return "Table " + table;
        }

        @Override
        public Category category() {
            return Category.SCHEMA;
        }

        @Override
        public CheckResult run(CheckContext context) throws java.sql.SQLException {
            boolean exists = context.catalog().relations().stream().anyMatch(r -> r.name().equals(table));
            return exists ? new CheckResult(id, Status.CRITICAL, table + " exists", List.of(Map.of("table", table)),
                    "DROP TABLE " + table + ";", Map.of()) : CheckResult.ok(id, "no " + table);
        }
    }

    static final List<Check> CHECKS = List.of(new TableCheck("planted", "planted_problem"), new TableCheck("absent", "nothing_here"));

    @BeforeAll
    static void createDatabase() {
        db = PgTestServer.get().createDatabase().execute("CREATE TABLE planted_problem (id int);");
        url = CliRun.url(db.jdbcUrl());
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    static CliRun run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CheckCommand.class ? type.cast(new CheckCommand(CHECKS)) : CommandLine.defaultFactory().create(type);
            }
        };
        return CliRun.with(factory, args);
    }

    @Test
    void text_exits1_whenACheckIsCritical_andShowsEvidenceAndRemedy() {
        CliRun run = run("check", "--url", url);
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).containsPattern("CRITICAL\\s+planted\\s+planted_problem exists")
                .containsPattern("OK\\s+absent").contains("remedy: DROP TABLE planted_problem;");
    }

    @Test
    void only_filtersChecks_andExits0WhenNothingIsCritical() {
        CliRun run = run("check", "--url", url, "--only", "absent");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("absent").doesNotContain("planted");
    }

    @Test
    void json_parses() throws Exception {
        CliRun run = run("check", "--url", url, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("status").asText()).isEqualTo("CRITICAL");
        assertThat(json.get(0).get("evidence").get(0).get("table").asText()).isEqualTo("planted_problem");
    }

    @Test
    void sarif_hasOneRulePerCheckAndOneResultPerProblem() throws Exception {
        CliRun run = run("check", "--url", url, "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode theRun = sarif.get("runs").get(0);
        assertThat(theRun.at("/tool/driver/rules")).hasSize(2);
        assertThat(theRun.get("results")).hasSize(1);
        assertThat(theRun.at("/results/0/ruleId").asText()).isEqualTo("planted");
        assertThat(theRun.at("/results/0/level").asText()).isEqualTo("error");
    }

    // The real connections check: with a pool of 1, check's own session (application_name fawkes-check) fills its pool.
    @Test
    void setPoolSize_namesTheApplicationThatFillsItsPool() throws Exception {
        CliRun run = CliRun.of("check", "--url", url, "--only", "connections", "--set", "pool-size=1",
                "--set", "activity-scope=database", "--format", "json");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.FINDINGS);
        JsonNode result = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(result.get("status").asText()).isEqualTo("CRITICAL");
        assertThat(result.get("summary").asText()).contains("near the pool of 1: ", "'fawkes-check' (user ");
    }

    @Test
    void badSet_andUnknownCheck_exit2() {
        CliRun badKey = run("check", "--url", url, "--set", "no-such-threshold=1");
        assertThat(badKey.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badKey.err()).contains("no threshold named 'no-such-threshold'");
        assertThat(run("check", "--url", url, "--set", "dead-tuple-ratio=lots").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun badChoice = run("check", "--url", url, "--set", "activity-scope=cluster");
        assertThat(badChoice.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badChoice.err()).contains("activity-scope must be one of server, database, was 'cluster'");
        assertThat(run("check", "--url", url, "--only", "nope").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void serve_refusesAllAddressesWithoutAuth() {
        CliRun run = CliRun.of("serve", "--url", url, "--bind", "0.0.0.0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("binding to 0.0.0.0 requires --auth user:pass");
    }
}
