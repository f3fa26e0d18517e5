package dev.fawkes.core.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.ArrayList;
import java.util.List;

/** Reads the output of {@code EXPLAIN (FORMAT JSON)}, with or without ANALYZE, into a {@link Plan}. */
public final class PlanParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanParser() {
    }

    /**
     * Parses one {@code EXPLAIN (FORMAT JSON)} document: the array PostgreSQL prints, or its single object;
     * {@code generic} records whether the statement was planned with unknown parameter values.
     */
    public static Plan parse(String explainJson, boolean generic) {
        JsonNode top = topObject(read(explainJson));
        JsonNode root = top.get("Plan");
        if (root == null || !root.isObject()) {
            throw bad("it has no \"Plan\" object");
        }
        return new Plan(node(root), optionalDouble(top, "Planning Time"), optionalDouble(top, "Execution Time"), generic);
    }

    private static JsonNode read(String explainJson) {
        if (explainJson == null || explainJson.isBlank()) {
            throw bad("it is empty");
        }
        try {
            return JSON.readTree(explainJson);
        } catch (JsonProcessingException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT,
                    "not EXPLAIN (FORMAT JSON) output: malformed JSON: " + e.getOriginalMessage(), null, e);
        }
    }

    private static JsonNode topObject(JsonNode top) {
        // PostgreSQL prints an array holding one object; tools and people often paste just the object.
        JsonNode object = top.isArray() && top.size() == 1 ? top.get(0) : top;
        if (!object.isObject()) {
            throw bad("expected an array with one object holding \"Plan\"");
        }
        return object;
    }

    private static PlanNode node(JsonNode n) {
        String nodeType = text(n, "Node Type");
        if (nodeType == null) {
            throw bad("a plan node has no \"Node Type\"");
        }
        return new PlanNode(nodeType, text(n, "Relation Name"), text(n, "Schema"), text(n, "Alias"),
                text(n, "Index Name"), text(n, "Join Type"),
                n.path("Startup Cost").asDouble(), n.path("Total Cost").asDouble(),
                n.path("Plan Rows").asDouble(), n.path("Plan Width").asInt(),
                text(n, "Filter"), text(n, "Index Cond"), text(n, "Recheck Cond"), joinCondition(n),
                texts(n, "Sort Key"), texts(n, "Group Key"), actual(n), children(n),
                texts(n, "Output"), text(n, "Parent Relationship"), text(n, "Subplan Name"), text(n, "Operation"));
    }

    private static String joinCondition(JsonNode n) {
        String keyed = n.has("Hash Cond") ? text(n, "Hash Cond") : text(n, "Merge Cond");
        String filter = text(n, "Join Filter");
        if (keyed == null || filter == null) {
            return keyed == null ? filter : keyed;
        }
        // PlanNode has one join condition; a hash or merge join with an extra Join Filter gets both, ANDed.
        return keyed + " AND " + filter;
    }

    private static PlanNode.Actual actual(JsonNode n) {
        if (!n.has("Actual Loops")) {
            return null;
        }
        return new PlanNode.Actual(n.path("Actual Startup Time").asDouble(), n.path("Actual Total Time").asDouble(),
                n.path("Actual Rows").asDouble(), n.path("Actual Loops").asLong(),
                n.path("Shared Hit Blocks").asLong(), n.path("Shared Read Blocks").asLong());
    }

    private static List<PlanNode> children(JsonNode n) {
        List<PlanNode> children = new ArrayList<>();
        n.path("Plans").forEach(child -> children.add(node(child)));
        return children;
    }

    private static List<String> texts(JsonNode n, String field) {
        List<String> values = new ArrayList<>();
        n.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double optionalDouble(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }

    private static FawkesException bad(String why) {
        return new FawkesException(ErrorCode.BAD_INPUT, "not EXPLAIN (FORMAT JSON) output: " + why);
    }
}
