package dev.fawkes.advisor.analysis;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a VERBOSE plan into one {@link AccessBuilder} per base table: scan nodes name the tables (partitions map to
 * their root, views are already expanded) and their aliases; conditions, keys and output lists say how each is used.
 */
final class PlanFacts implements ConditionParser.Sink {
    private static final Set<String> AGGREGATING = Set.of("Aggregate", "Group", "WindowAgg", "SetOp");
    private static final Pattern NUMBERED = Pattern.compile("(.+)_[0-9]+");

    private final Catalog catalog;
    private final Map<String, AccessBuilder> byAlias = new LinkedHashMap<>();
    private final Map<String, AccessBuilder> byTable = new LinkedHashMap<>();
    private final Aliases aliases;
    private final ConditionParser conditions;
    private final ObservedPatterns observed;

    private PlanFacts(Plan plan, Catalog catalog, ObservedPatterns observed) {
        this.catalog = catalog;
        this.observed = observed;
        Set<String> known = new LinkedHashSet<>();
        for (PlanNode node : plan.root().nodes()) {
            if (node.alias() != null) {
                known.add(node.alias());
            }
            if (node.alias() != null && node.relation() != null) {
                byAlias.computeIfAbsent(node.alias(), a -> builderFor(node));
            }
        }
        partitionParents(plan, known);
        this.aliases = new Aliases(known, known.size() == 1 ? known.iterator().next() : null);
        this.conditions = new ConditionParser(aliases, this);
    }

    /**
     * Registers the partitioned table's own alias: EXPLAIN names its partitions' scans {@code e_1}, {@code e_2}, ...
     * after the statement's alias {@code e}, which the conditions and keys above the Append still use.
     */
    private void partitionParents(Plan plan, Set<String> known) {
        for (PlanNode node : plan.root().nodes()) {
            AccessBuilder builder = node.alias() == null ? null : byAlias.get(node.alias());
            if (builder == null || builder.table().equals(node.relation())) {
                continue;
            }
            Matcher numbered = NUMBERED.matcher(node.alias());
            if (numbered.matches() && !known.contains(numbered.group(1))) {
                byAlias.put(numbered.group(1), builder);
            }
        }
        known.addAll(byAlias.keySet());
    }

    /** The facts of the plan, one builder per table in the order the plan first names them. */
    static PlanFacts of(Plan plan, Catalog catalog, ObservedPatterns observed) {
        PlanFacts facts = new PlanFacts(plan, catalog, observed);
        facts.visit(plan.root(), null, false);
        return facts;
    }

    /** The tables, each once. */
    List<AccessBuilder> tables() {
        return List.copyOf(byTable.values());
    }

    Aliases aliases() {
        return aliases;
    }

    /** The builder of the table scanned as {@code alias}, if it is a table. */
    Optional<AccessBuilder> table(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    @Override
    public boolean isTable(String alias) {
        return byAlias.containsKey(alias);
    }

    @Override
    public String typeOf(String alias, String column) {
        Relation relation = isTable(alias) ? byAlias.get(alias).relation() : null;
        return relation == null ? null : relation.column(column).map(Column::type).orElse(null);
    }

    @Override
    public void filter(String alias, ColumnUse use) {
        table(alias).ifPresent(t -> t.filter(use));
    }

    @Override
    public boolean mostlyWithoutTrigram(String pattern) {
        return observed.mostlyWithoutTrigram(pattern);
    }

    @Override
    public boolean varies(String literal) {
        return observed.varies(literal);
    }

    @Override
    public void disjunction(String alias, Disjunction or) {
        table(alias).ifPresent(t -> t.disjunction(or));
    }

    @Override
    public void join(String alias, String target) {
        table(alias).ifPresent(t -> t.join(target));
    }

    private void visit(PlanNode node, PlanNode parent, boolean limited) {
        boolean underLimit = limited || node.nodeType().equals("Limit");
        if (node.relation() != null && underLimit) {
            table(node.alias()).ifPresent(AccessBuilder::limit);
        }
        // A Bitmap Index Scan repeats its heap scan's Recheck Cond, one arm of an OR under a BitmapOr.
        if (!node.nodeType().equals("Bitmap Index Scan")) {
            conditions.parse(node.indexCondition());
        }
        Stream.of(node.filter(), node.recheckCondition(), node.joinCondition()).forEach(conditions::parse);
        groupKeys(node);
        reads(node, parent);
        node.children().forEach(child -> visit(child, node, underLimit));
    }

    private void groupKeys(PlanNode node) {
        if (node.groupKeys().isEmpty() || combinesTablesBelow(node)) {
            return;
        }
        for (String key : node.groupKeys()) {
            PlanKey parsed = PlanKey.parse(key, aliases, this);
            // Only columns: an expression's value is no column a B-tree or an INCLUDE list could name.
            if (parsed != null && parsed.column() != null) {
                table(parsed.alias()).ifPresent(t -> t.group(parsed.column()));
            }
        }
    }

    /** Every column the node mentions is read, except a scan's own output list where it may be the whole row. */
    private void reads(PlanNode node, PlanNode parent) {
        List<String> texts = new ArrayList<>();
        Stream.of(node.filter(), node.indexCondition(), node.recheckCondition(), node.joinCondition())
                .filter(Objects::nonNull).forEach(texts::add);
        texts.addAll(node.sortKeys());
        texts.addAll(node.groupKeys());
        if (node.relation() == null || exactOutput(node, parent)) {
            texts.addAll(node.output());
        }
        for (String text : texts) {
            aliases.refs(Expr.of(text)).forEach(ref -> table(ref.alias()).ifPresent(t -> t.read(ref.column())));
        }
    }

    /**
     * True when a scan's output is exactly what the statement needs: at the top of the plan or of a subplan, or
     * feeding a ModifyTable; elsewhere the planner may emit the whole row (a "physical target list") to save a
     * projection, which would claim every column is read.
     */
    private static boolean exactOutput(PlanNode scan, PlanNode parent) {
        String relationship = scan.parentRelationship();
        return parent == null || parent.nodeType().equals("ModifyTable")
                || "InitPlan".equals(relationship) || "SubPlan".equals(relationship);
    }

    /**
     * True when a UNION, INTERSECT or EXCEPT of different tables is below the node: EXPLAIN names the combined
     * columns after the first branch's table, so keys above it belong to no one table.
     */
    boolean combinesTablesBelow(PlanNode node) {
        return node.nodes().stream()
                .filter(n -> n.nodeType().equals("Append") || n.nodeType().equals("Merge Append"))
                .anyMatch(n -> n.children().stream().map(this::firstTable).distinct().count() > 1);
    }

    private AccessBuilder firstTable(PlanNode node) {
        return node.nodes().stream().filter(n -> n.alias() != null).map(n -> byAlias.get(n.alias()))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** True when the node or any node below it aggregates, so its sort keys may be aggregates' results. */
    static boolean aggregatesBelow(PlanNode node) {
        return node.nodes().stream().anyMatch(n -> AGGREGATING.contains(n.nodeType()));
    }

    private AccessBuilder builderFor(PlanNode scan) {
        String schema = scan.schema();
        String name = scan.relation();
        Relation relation = catalog.relation(schema, name).orElse(null);
        // A partition's conditions are the partitioned table's: an index there cascades to every partition.
        while (relation != null && relation.isPartition()) {
            schema = relation.partitionOf().parentSchema();
            name = relation.partitionOf().parentName();
            relation = catalog.relation(schema, name).orElse(null);
        }
        Relation root = relation;
        String rootSchema = schema;
        String rootName = name;
        AccessBuilder builder = byTable.computeIfAbsent(rootSchema + "\u0000" + rootName,
                key -> new AccessBuilder(rootSchema, rootName, root));
        if (scan.nodeType().equals("Foreign Scan")) {
            builder.markForeign();
        }
        return builder;
    }
}
