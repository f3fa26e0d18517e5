package dev.fawkes.core.plan;

import dev.fawkes.core.catalog.Identifiers;
import java.util.List;
import java.util.Locale;

/** Prints a {@link Plan} as an indented tree in the style of psql's text EXPLAIN. */
public final class PlanRenderer {
    /** The first line of a generic plan's rendering. */
    public static final String GENERIC_HEADER = "Generic plan (parameters planned as unknown values)";

    private final StringBuilder out = new StringBuilder();

    private PlanRenderer() {
    }

    /** The plan as text, one node per line with its details below it, children marked with {@code ->}. */
    public static String render(Plan plan) {
        PlanRenderer renderer = new PlanRenderer();
        if (plan.generic()) {
            renderer.line(0, GENERIC_HEADER);
        }
        renderer.node(plan.root(), 0);
        renderer.time("Planning Time", plan.planningTimeMs());
        renderer.time("Execution Time", plan.executionTimeMs());
        return renderer.out.toString();
    }

    private void node(PlanNode node, int depth) {
        // psql's layout: a child's "->" sits where its parent's details start; details sit 6 columns further in.
        int indent = depth == 0 ? 0 : 6 * depth - 4;
        line(indent, (depth == 0 ? "" : "->  ") + headline(node));
        details(node, depth == 0 ? 2 : indent + 6);
        node.children().forEach(child -> node(child, depth + 1));
    }

    private void details(PlanNode node, int indent) {
        detail(indent, joinConditionLabel(node.nodeType()), node.joinCondition());
        detail(indent, "Index Cond", node.indexCondition());
        detail(indent, "Recheck Cond", node.recheckCondition());
        keys(indent, "Sort Key", node.sortKeys());
        keys(indent, "Group Key", node.groupKeys());
        detail(indent, "Filter", node.filter());
        buffers(indent, node.actual());
    }

    static String headline(PlanNode node) {
        return name(node) + target(node) + costs(node) + actual(node.actual());
    }

    private static String name(PlanNode node) {
        String type = node.nodeType();
        String join = node.joinType();
        if (join == null || join.equals("Inner")) {
            return type;
        }
        // psql writes "Hash Left Join" and "Nested Loop Left Join" where JSON has the join type apart.
        return type.endsWith(" Join") ? type.substring(0, type.length() - 5) + " " + join + " Join" : type + " " + join + " Join";
    }

    private static String target(PlanNode node) {
        StringBuilder target = new StringBuilder();
        if (node.index() != null) {
            target.append(node.relation() == null ? " on " : " using ").append(Identifiers.quote(node.index()));
        }
        if (node.relation() != null) {
            target.append(" on ").append(qualified(node));
            if (node.alias() != null && !node.alias().equals(node.relation())) {
                target.append(' ').append(Identifiers.quote(node.alias()));
            }
        }
        return target.toString();
    }

    private static String qualified(PlanNode node) {
        String relation = Identifiers.quote(node.relation());
        return node.schema() == null ? relation : Identifiers.quote(node.schema()) + "." + relation;
    }

    private static String costs(PlanNode node) {
        return String.format(Locale.ROOT, "  (cost=%.2f..%.2f rows=%.0f width=%d)",
                node.startupCost(), node.totalCost(), node.rows(), node.width());
    }

    private static String actual(PlanNode.Actual actual) {
        if (actual == null) {
            return "";
        }
        if (actual.loops() == 0) {
            return " (never executed)";
        }
        return String.format(Locale.ROOT, " (actual time=%.3f..%.3f rows=%s loops=%d)",
                actual.startupTimeMs(), actual.totalTimeMs(), rows(actual.rows()), actual.loops());
    }

    private static String rows(double rows) {
        // PostgreSQL 18 reports fractional average rows per loop; older servers whole numbers.
        return rows == Math.rint(rows) ? String.format(Locale.ROOT, "%.0f", rows) : String.format(Locale.ROOT, "%.2f", rows);
    }

    private static String joinConditionLabel(String nodeType) {
        return switch (nodeType) {
            case "Hash Join" -> "Hash Cond";
            case "Merge Join" -> "Merge Cond";
            default -> "Join Filter";
        };
    }

    private void buffers(int indent, PlanNode.Actual actual) {
        if (actual == null || actual.sharedHitBlocks() + actual.sharedReadBlocks() == 0) {
            return;
        }
        StringBuilder text = new StringBuilder("shared");
        if (actual.sharedHitBlocks() > 0) {
            text.append(" hit=").append(actual.sharedHitBlocks());
        }
        if (actual.sharedReadBlocks() > 0) {
            text.append(" read=").append(actual.sharedReadBlocks());
        }
        detail(indent, "Buffers", text.toString());
    }

    private void keys(int indent, String label, List<String> keys) {
        detail(indent, label, keys.isEmpty() ? null : String.join(", ", keys));
    }

    private void detail(int indent, String label, String value) {
        if (value != null) {
            line(indent, label + ": " + value);
        }
    }

    private void time(String label, Double ms) {
        if (ms != null) {
            line(0, String.format(Locale.ROOT, "%s: %.3f ms", label, ms));
        }
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }
}
