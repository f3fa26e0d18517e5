package dev.fawkes.advisor.migration;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.drop.DropAdvice;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns index creations and drop advice into migration steps, building partitioned tables' indexes partition by partition. */
final class Steps {
    private final Catalog catalog;

    Steps(Catalog catalog) {
        this.catalog = catalog;
    }

    Step create(MigrationWriter.NewIndex index) {
        IndexSpec spec = index.spec();
        String name = IndexNames.fit(index.name());
        String qualified = qualified(spec.schema(), name);
        if (!isPartitioned(spec.schema(), spec.table())) {
            return new Step(List.of(comment("new index on " + spec.qualifiedTable()), spec.createSql(name, true) + ";"),
                    List.of("DROP INDEX CONCURRENTLY IF EXISTS " + qualified + ";"));
        }
        List<String> forward = new ArrayList<>(List.of(comment("new index on partitioned table " + spec.qualifiedTable()
                + ": built on each partition CONCURRENTLY, then attached; the parent's index is valid once all are")));
        forward.addAll(partitioned(spec, name));
        return new Step(forward, List.of(
                "-- PostgreSQL cannot drop a partitioned index CONCURRENTLY: this takes a brief ACCESS EXCLUSIVE lock"
                        + " on the table and its partitions, bounded by lock_timeout",
                "DROP INDEX IF EXISTS " + qualified + ";"));
    }

    Step drop(DropAdvice advice) {
        String comment = "drop " + advice.qualifiedIndexName() + " on " + advice.table().qualifiedName() + ", "
                + advice.reason() + ": " + advice.detail() + "; frees " + advice.bytesFreed() + " bytes"
                + advice.writesPerDay().stream().mapToObj(w -> " and " + w + " index writes a day").findFirst().orElse("");
        return new Step(List.of(comment(comment), advice.dropSql()), List.of(advice.undoSql()));
    }

    // The index ON ONLY the parent (it holds no rows, so this is instant), then each partition's, then ATTACH.
    private List<String> partitioned(IndexSpec spec, String name) {
        List<String> lines = new ArrayList<>();
        lines.add("CREATE INDEX IF NOT EXISTS " + Identifiers.quote(name) + " ON ONLY " + afterOn(spec) + ";");
        for (Relation partition : partitions(spec.schema(), spec.table())) {
            IndexSpec own = on(spec, partition);
            String child = IndexNames.child(name, partition.name());
            lines.addAll(partition.kind() == RelationKind.PARTITIONED_TABLE
                    ? partitioned(own, child) : List.of(own.createSql(child, true) + ";"));
            lines.add("ALTER INDEX " + qualified(spec.schema(), name) + " ATTACH PARTITION "
                    + qualified(partition.schema(), child) + ";");
        }
        return lines;
    }

    // IndexSpec renders "ON table …"; ON ONLY goes between the two.
    private static String afterOn(IndexSpec spec) {
        return spec.definitionSql().substring("ON ".length());
    }

    private static IndexSpec on(IndexSpec spec, Relation partition) {
        return new IndexSpec(partition.schema(), partition.name(), spec.method(), spec.keys(), spec.include(), spec.predicate());
    }

    private boolean isPartitioned(String schema, String table) {
        return catalog.relation(schema, table).map(r -> r.kind() == RelationKind.PARTITIONED_TABLE).orElse(false);
    }

    private List<Relation> partitions(String schema, String table) {
        return catalog.relations().stream()
                .filter(r -> r.isPartition() && r.partitionOf().parentSchema().equals(schema)
                        && r.partitionOf().parentName().equals(table))
                .sorted(Comparator.comparing(Relation::name)).toList();
    }

    // Names and predicates may hold line breaks, which would end a comment and turn its rest into SQL.
    private static String comment(String text) {
        return "-- " + text.replaceAll("\\R", " ");
    }

    private static String qualified(String schema, String name) {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }
}
