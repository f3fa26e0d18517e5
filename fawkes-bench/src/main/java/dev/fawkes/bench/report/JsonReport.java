package dev.fawkes.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fawkes.bench.driver.OperationStats;
import dev.fawkes.bench.report.Comparison.Cell;
import dev.fawkes.bench.report.Comparison.Row;
import dev.fawkes.bench.report.ComparisonReport.Entry;
import dev.fawkes.bench.scenario.Target;

/** The comparison as a JSON document: scenario, index sets with their totals, and operations with their cells. */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    /** The pretty-printed document. */
    static String render(ComparisonReport report, Comparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", report.scenario()).put("title", report.title()).put("scale", report.scale());
        ArrayNode sets = root.putArray("indexSets");
        for (int i = 0; i < comparison.entries().size(); i++) {
            indexSet(sets.addObject(), comparison.entries().get(i), comparison.targetsMet(i));
        }
        ArrayNode operations = root.putArray("operations");
        comparison.rows().forEach(row -> operation(operations.addObject(), row));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void indexSet(ObjectNode node, Entry entry, int[] met) {
        node.put("name", entry.indexSet()).put("indexBytes", entry.indexBytes())
                .put("writeThroughputPerSecond", entry.writeThroughput())
                .put("measuredSeconds", entry.result().measured().toNanos() / 1e9)
                .put("dropped", entry.result().dropped()).put("unfinished", entry.result().unfinished())
                .put("targetsMet", met[0]).put("targetsWithLimit", met[1]);
        stats(node.putObject("overall"), entry.result().overall());
    }

    private static void operation(ObjectNode node, Row row) {
        node.put("name", row.operation());
        target(node, row.target());
        ArrayNode results = node.putArray("results");
        for (Cell cell : row.cells()) {
            ObjectNode result = results.addObject().put("indexSet", cell.indexSet())
                    .put("verdict", cell.verdict().name());
            result.put("speedup", cell.speedup());
            if (cell.stats() != null) {
                stats(result.putObject("stats"), cell.stats());
            }
        }
    }

    private static void target(ObjectNode node, Target target) {
        if (target == null) {
            node.putNull("target");
            return;
        }
        node.putObject("target").put("percentile", Figures.percentile(target.percentile()))
                .put("maxMs", target.maxMs()).put("source", target.source());
    }

    private static void stats(ObjectNode node, OperationStats stats) {
        node.put("count", stats.count()).put("errors", stats.errors())
                .put("throughputPerSecond", stats.throughputPerSecond()).put("p50Ms", stats.p50Ms())
                .put("p95Ms", stats.p95Ms()).put("p99Ms", stats.p99Ms()).put("maxMs", stats.maxMs())
                .put("meanMs", stats.meanMs()).put("firstError", stats.firstError());
    }
}
