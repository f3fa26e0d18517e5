package dev.fawkes.advisor.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The verification as one JSON object with a fixed shape. */
final class VerificationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerificationJson() {
    }

    static String render(Verification v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("runs", v.runs()).put("indexesKept", v.indexesKept()).put("slower", v.slower().size());
        ArrayNode indexes = root.putArray("indexes");
        v.indexes().forEach(b -> indexes.addObject().put("name", b.name()).put("sql", b.sql()).put("built", b.built())
                .put("buildMs", b.buildMs()).put("failure", b.failure()));
        ArrayNode statements = root.putArray("statements");
        v.statements().forEach(c -> statement(statements.addObject(), c));
        root.set("notes", MAPPER.valueToTree(v.notes()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static void statement(ObjectNode node, StatementCheck c) {
        node.put("text", c.text()).put("measured", c.measured()).put("notMeasured", c.notMeasured());
        measurement(node, "before", c.before());
        measurement(node, "after", c.after());
        if (c.measured()) {
            node.put("speedup", Double.isInfinite(c.speedup()) ? null : c.speedup()).put("slower", c.slower());
        }
    }

    private static void measurement(ObjectNode node, String field, Measurement m) {
        if (m == null) {
            node.putNull(field);
        } else {
            node.putObject(field).put("timeMs", m.timeMs()).put("sharedBlocks", m.sharedBlocks());
        }
    }
}
