package dev.fawkes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.bench.driver.LoadConfig;
import dev.fawkes.bench.driver.ProgressSink;
import dev.fawkes.bench.report.ComparisonReport;
import dev.fawkes.bench.strategy.IndexStrategy;
import dev.fawkes.bench.strategy.ScenarioWorkload;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.workload.Query;
import dev.fawkes.testkit.PgTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunnerIT {
    final TinyScenario scenario = new TinyScenario();
    final LoadConfig load = LoadConfig.builder().closed(2, Duration.ZERO).warmup(Duration.ofMillis(300))
            .duration(Duration.ofSeconds(1)).poolSize(2).build();

    @Test
    void comparesIndexSets_onItsOwnDatabase_andReusesLoadedData(@TempDir Path out) {
        ConnectionSettings server = ConnectionSettings.parse(PgTestServer.get().adminUrl());
        PgTestServer.get().execute("DROP DATABASE IF EXISTS " + ScenarioDatabase.nameOf(scenario) + " WITH (FORCE)");
        List<String> log = new ArrayList<>();
        BenchRunner runner = new BenchRunner(server, log::add, ProgressSink.none());
        var plan = new BenchRunner.Plan(scenario, 0.05, 42, load,
                List.of(IndexSet.parse("none", scenario), IndexSet.parse("expert", scenario)), false);

        ComparisonReport report = runner.run(plan);

        assertThat(report.text()).contains("none").contains("expert").contains("lookup by email");
        assertThat(log).anyMatch(l -> l.startsWith("data at scale 0.05 done"));
        assertThat(report.json()).contains("\"indexSet\"");
        List<Path> files = report.write(out);
        assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isPositive());

        log.clear();
        runner.run(new BenchRunner.Plan(scenario, 0.05, 42, load, List.of(IndexSet.parse("current", scenario)), false));
        assertThat(log).anyMatch(l -> l.startsWith("reusing the data"));
        PgTestServer.get().execute("DROP DATABASE IF EXISTS " + ScenarioDatabase.nameOf(scenario) + " WITH (FORCE)");
    }

    @Test
    void expertSetAddsIndexBytes_noneRemovesThem_andWritesAreMeasured() throws Exception {
        ConnectionSettings server = ConnectionSettings.parse(PgTestServer.get().adminUrl());
        BenchRunner runner = new BenchRunner(server, line -> { }, ProgressSink.none());
        var report = runner.run(new BenchRunner.Plan(scenario, 0.02, 42, load,
                List.of(IndexSet.parse("expert", scenario), IndexSet.parse("none", scenario)), true));
        var sets = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.json()).get("indexSets");
        long expertBytes = sets.get(0).get("indexBytes").asLong();
        long noneBytes = sets.get(1).get("indexBytes").asLong();
        assertThat(expertBytes).isGreaterThan(noneBytes).isGreaterThan(0);
        assertThat(sets.get(1).get("writeThroughputPerSecond").asDouble()).isPositive();
        assertThat(sets.get(1).get("overall").get("errors").asLong()).isZero();
        PgTestServer.get().execute("DROP DATABASE IF EXISTS " + ScenarioDatabase.nameOf(scenario) + " WITH (FORCE)");
    }

    @Test
    void dexterSet_isChosenOnTheLoadedData_andIndexesTheLookup() throws Exception {
        ConnectionSettings server = ConnectionSettings.parse(PgTestServer.get().adminUrl());
        List<String> log = new ArrayList<>();
        BenchRunner runner = new BenchRunner(server, log::add, ProgressSink.none());
        var report = runner.run(new BenchRunner.Plan(scenario, 0.02, 42, load,
                List.of(IndexSet.parse("none", scenario), IndexSet.parse("dexter", scenario)), true));
        assertThat(log).anyMatch(l -> l.startsWith("dexter chose: CREATE INDEX") && l.contains("(email)"));
        var sets = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.json()).get("indexSets");
        assertThat(sets.get(1).get("indexBytes").asLong()).isGreaterThan(sets.get(0).get("indexBytes").asLong());
        PgTestServer.get().execute("DROP DATABASE IF EXISTS " + ScenarioDatabase.nameOf(scenario) + " WITH (FORCE)");
    }

    @Test
    void strategies_getTheExecutionsTheEarlierRunsSaw_withTheirValues() {
        ConnectionSettings server = ConnectionSettings.parse(PgTestServer.get().adminUrl());
        Map<String, List<String>> seen = new LinkedHashMap<>();
        IndexStrategy observer = (c, s, observed) -> {
            Query lookup = ScenarioWorkload.of(s, observed).queries().stream()
                    .filter(q -> q.text().startsWith("SELECT id, plan")).findFirst().orElseThrow();
            seen.put("run " + (seen.size() + 1), lookup.samples());
            return "";
        };
        new BenchRunner(server, line -> { }, ProgressSink.none()).run(new BenchRunner.Plan(scenario, 0.02, 42, load,
                List.of(new IndexSet("first", null, observer), IndexSet.parse("none", scenario),
                        new IndexSet("last", null, observer)), false));

        assertThat(seen.get("run 1")).as("nothing ran before the first set").isEmpty();
        assertThat(seen.get("run 2")).isNotEmpty()
                .allSatisfy(sample -> assertThat(sample).matches("SELECT id, plan FROM accounts WHERE email = '[^']+@[^']+'"));
        PgTestServer.get().execute("DROP DATABASE IF EXISTS " + ScenarioDatabase.nameOf(scenario) + " WITH (FORCE)");
    }
}
