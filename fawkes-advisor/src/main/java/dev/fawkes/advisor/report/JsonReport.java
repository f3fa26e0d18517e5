package dev.fawkes.advisor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.drop.DropAdvice;
import dev.fawkes.advisor.select.Weighting;
import dev.fawkes.advisor.whatif.WhatIf;

/** The report as JSON, with a fixed shape of its own rather than the records' internals (no catalog objects). */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(AdvisorReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("hasAdvice", report.hasAdvice());
        totals(root.putObject("totals"), report.totals());
        ArrayNode recommendations = root.putArray("recommendations");
        report.recommendations().forEach(r -> recommendation(recommendations.addObject(), r));
        ArrayNode notVerified = root.putArray("notVerified");
        report.notVerified().forEach(u -> spec(notVerified.addObject(), u.spec()).put("why", u.why()).put("reason", u.reason()));
        ArrayNode drops = root.putArray("drops");
        report.drops().forEach(d -> drop(drops.addObject(), d));
        ArrayNode expensive = root.putArray("leftExpensive");
        report.leftExpensive().forEach(e -> expensive.addObject().put("text", e.text()).put("calls", e.calls())
                .put("costBefore", e.costBefore()).put("costAfter", e.costAfter()).put("share", e.share()).put("hint", e.hint()));
        ArrayNode skipped = root.putArray("skipped");
        report.skipped().forEach(g -> skipped.addObject().put("reason", g.reason()).put("count", g.count())
                .set("examples", MAPPER.valueToTree(g.examples())));
        whatIf(root.putObject("whatIf"), report);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static void totals(ObjectNode node, AdvisorReport.Totals t) {
        node.put("statements", t.statements()).put("costBefore", t.costBefore()).put("costAfter", t.costAfter())
                .put("writeOverhead", t.writeOverhead()).put("improvement", t.improvement())
                .put("limitRisk", t.weight(Weighting.LIMIT_RISK)).put("skewRisk", t.weight(Weighting.SKEW_RISK))
                .put("patternRisk", t.weight(Weighting.PATTERN_RISK))
                .put("patternsWithoutTrigram", t.patternsWithoutTrigram())
                .put("textSearchConfigsAssumed", t.textSearchConfigsAssumed()).put("writeSource", t.writeSource());
    }

    private static void recommendation(ObjectNode node, AdvisorReport.Recommendation r) {
        spec(node, r.spec()).put("name", r.name()).put("createSql", r.createSql()).put("why", r.why())
                .put("sizeBytes", r.sizeBytes()).put("writeOverhead", r.writeOverhead())
                .put("hotUpdatesLost", r.hotUpdatesLost()).put("benefit", r.benefit())
                .put("verified", r.verified());
        node.set("replaces", MAPPER.valueToTree(r.replaces()));
        node.set("requires", MAPPER.valueToTree(r.requires()));
        ArrayNode statements = node.putArray("statements");
        r.statements().forEach(s -> statements.addObject().put("text", s.text()).put("calls", s.calls())
                .put("costBefore", s.costBefore()).put("costAfter", s.costAfter()).put("improvement", s.improvement()));
    }

    private static ObjectNode spec(ObjectNode node, IndexSpec spec) {
        return node.put("schema", spec.schema()).put("table", spec.table()).put("method", spec.method())
                .put("definition", spec.definitionSql());
    }

    private static void drop(ObjectNode node, DropAdvice d) {
        node.put("schema", d.table().schema()).put("table", d.table().name()).put("index", d.index().name())
                .put("reason", d.reason().name()).put("detail", d.detail()).put("bytesFreed", d.bytesFreed())
                .put("dropSql", d.dropSql()).put("undoSql", d.undoSql());
    }

    private static void whatIf(ObjectNode node, AdvisorReport report) {
        node.put("requests", report.whatIf().requests()).put("cacheHits", report.whatIf().cacheHits());
        ObjectNode plans = node.putObject("plansByBackend");
        for (WhatIf.Backend backend : WhatIf.Backend.values()) {
            long n = report.whatIf().plansByBackend().getOrDefault(backend, 0L);
            if (n > 0) {
                plans.put(backend.name(), n);
            }
        }
        node.set("notes", MAPPER.valueToTree(report.whatIf().notes()));
    }
}
