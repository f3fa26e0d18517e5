package dev.fawkes.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fawkes.bench.driver.LoadResult;
import dev.fawkes.bench.driver.OperationStats;
import dev.fawkes.bench.scenario.Target;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ComparisonReportTest {
    private static final List<Target> TARGETS = List.of(
            Target.of("feed", Target.Percentile.P95, 15, "feed p95 < 15 ms"),
            Target.of("post", Target.Percentile.P99, 50, "writes p99 < 50 ms"),
            Target.none("like", "the seed gives no number"));

    private final ComparisonReport report = new ComparisonReport("astral-field", "social <feed> & posts", 0.1,
            List.of(new ComparisonReport.Entry("none", result(stats("feed", 20, 123, 200), stats("post", 2, 4, 8),
                            stats("like", 1, 2, 3)), 40_960, 55.5),
                    new ComparisonReport.Entry("expert", result(stats("feed", 2, 10, 20), stats("post", 3, 8, 60),
                            errors("like", "SQLException: deadlock | detected")), 3L << 20, 50.0)),
            TARGETS);

    @Test
    void text_showsPercentilesTargetsVerdictsAndSpeedups() {
        String text = report.text();
        assertThat(text).contains("astral-field — social <feed> & posts (scale 0.1)");
        assertThat(line(text, "feed")).contains("p95 ≤ 15 ms", "20.0 / 123 / 200", "missed", "2.0 / 10.0 / 20.0", "met",
                "12.3× faster");
        assertThat(line(text, "post")).contains("p99 ≤ 50 ms", "met", "missed", "7.5× slower");
        assertThat(line(text, "like")).contains("none", "no data");
        assertThat(text).contains("expert / like: 4 errors, first: SQLException: deadlock | detected");
    }

    @Test
    void summary_countsTargetsMetAndShowsSizesAndWriteThroughput() {
        assertThat(line(report.text(), "none ")).contains("40 kB", "55.5", "1 of 2");
        assertThat(line(report.text(), "expert ")).contains("3072 kB", "50.0", "1 of 2");
    }

    @Test
    void axisLabels_areWholeDecades() {
        assertThat(LogAxis.label(0.01)).isEqualTo("0.01 ms");
        assertThat(LogAxis.label(0.1)).isEqualTo("0.1 ms");
        assertThat(LogAxis.label(1000)).isEqualTo("1000 ms");
        assertThat(Figures.target(Target.of("x", Target.Percentile.P99, 2.5, "s"))).isEqualTo("p99 ≤ 2.5 ms");
    }

    @Test
    void markdown_isAGitHubTable_withPipesEscaped() {
        String md = report.markdown();
        assertThat(md).startsWith("## astral-field — social &lt;feed> & posts");
        assertThat(md).contains("| operation | target | none p50/p95/p99 ms | none | expert p50/p95/p99 ms | expert "
                + "| expert vs none |");
        assertThat(md).contains("| --- | --- |");
        assertThat(md).contains("deadlock \\| detected");
    }

    @Test
    void json_carriesVerdictsSpeedupsAndTargets() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report.json());
        assertThat(root.get("scenario").asText()).isEqualTo("astral-field");
        JsonNode feed = root.get("operations").get(0);
        assertThat(feed.get("target").get("maxMs").asDouble()).isEqualTo(15);
        assertThat(feed.get("results").get(0).get("verdict").asText()).isEqualTo("MISSED");
        assertThat(feed.get("results").get(1).get("verdict").asText()).isEqualTo("MET");
        assertThat(feed.get("results").get(1).get("speedup").asDouble()).isEqualTo(12.3);
        assertThat(root.get("indexSets").get(1).get("indexBytes").asLong()).isEqualTo(3L << 20);
        assertThat(root.get("operations").get(2).get("results").get(1).get("verdict").asText()).isEqualTo("NO_DATA");
    }

    @Test
    void svg_isWellFormedXml_withBarsLegendTargetsAndDecadeTicks() throws Exception {
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(report.svg().getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("title").getLength()).as("one titled bar per measured cell").isEqualTo(5);
        String text = report.svg();
        assertThat(text).contains(">1 ms<", ">10 ms<", ">100 ms<", ">1000 ms<", "p99 ≤ 50 ms", "stroke-dasharray", ">expert<", "no data",
                "astral-field at scale 0.1").doesNotContain("social <feed>");
    }

    @Test
    void write_producesTheThreeFiles(@TempDir Path dir) throws Exception {
        List<Path> files = report.write(dir.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("report.md", "report.json", "latency.svg");
        assertThat(Files.readString(files.get(2))).isEqualTo(report.svg());
    }

    @Test
    void rejectsDuplicateIndexSetNames() {
        ComparisonReport.Entry entry = new ComparisonReport.Entry("none", result(stats("feed", 1, 2, 3)), 0, 0);
        assertThatThrownBy(() -> new ComparisonReport("s", "t", 1, List.of(entry, entry), TARGETS))
                .hasMessage("index set names must be distinct: [none, none]");
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    private static OperationStats stats(String name, double p50, double p95, double p99) {
        return new OperationStats(name, 100, 0, 10, p50, p95, p99, p99 * 2, p50, null);
    }

    private static OperationStats errors(String name, String first) {
        return new OperationStats(name, 0, 4, 0, 0, 0, 0, 0, 0, first);
    }

    private static LoadResult result(OperationStats... operations) {
        long errors = List.of(operations).stream().mapToLong(OperationStats::errors).sum();
        OperationStats overall = new OperationStats("overall", 300, errors, 30, 2, 10, 100, 400, 5, null);
        return new LoadResult(List.of(operations), overall, Duration.ofSeconds(10), 0, 0);
    }
}
