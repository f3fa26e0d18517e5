package dev.fawkes.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogScopeIT {
    private static TestDatabase db;
    private static Catalog full;
    private static Catalog tables;

    @BeforeAll
    static void readFixtureInBothScopes() throws SQLException {
        db = PgTestServer.get().createDatabase().executeResource("/fixtures/catalog.sql");
        try (Connection c = db.connect()) {
            full = new CatalogReader(c).read();
            tables = new CatalogReader(c, CatalogScope.TABLES).read();
        }
    }

    @AfterAll
    static void dropFixture() {
        db.close();
    }

    @Test
    void tablesScope_readsExactlyTheRelationsThatHoldRows() {
        assertThat(full.relations()).extracting(Relation::name).contains("big_orders", "remote_items");
        assertThat(tables.relations()).extracting(Relation::qualifiedName)
                .containsExactlyElementsOf(full.tables().stream().map(Relation::qualifiedName).toList())
                .contains("public.order_totals", "public.events", "public.events_p0");
    }

    // Table statistics are compared apart: autovacuum may touch the fixture between the two reads.
    @Test
    void tablesScope_readsEveryTableAsTheFullScopeDoes_butColumnStatisticsAndIndexDefinitions() {
        for (Relation table : full.tables()) {
            Relation narrow = tables.relation(table.schema(), table.name()).orElseThrow();
            assertThat(comparable(narrow)).isEqualTo(comparable(withoutStatisticsAndDefinitions(table)));
        }
        assertThat(tables.relation("public", "customers").orElseThrow().stats().estimatedRows()).isEqualTo(400);
        assertThat(tables.relation("public", "customers").orElseThrow().stats().indexBytes()).isPositive();
    }

    // pg_indexes_size also counts the free space maps, which a freshly built index does not have yet.
    @Test
    void tablesScope_sumsEachTablesIndexSizes_whereTheFullScopeAsksPgIndexesSize() {
        for (Relation table : tables.tables()) {
            long sum = table.indexes().stream().mapToLong(Index::sizeBytes).sum();
            assertThat(table.stats().indexBytes()).as(table.qualifiedName()).isEqualTo(sum);
            assertThat(full.relation(table.schema(), table.name()).orElseThrow().stats().indexBytes())
                    .as(table.qualifiedName()).isGreaterThanOrEqualTo(sum);
        }
    }

    @Test
    void tablesScope_leavesColumnStatisticsNull_whereTheFullScopeHasThem() {
        assertThat(full.relation("public", "customers").orElseThrow().column("email").orElseThrow().stats()).isNotNull();
        assertThat(tables.tables()).flatExtracting(Relation::columns).isNotEmpty()
                .allSatisfy(column -> assertThat(column.stats()).isNull());
    }

    @Test
    void tablesScope_leavesIndexDefinitionsNull_whereTheFullScopeHasThem() {
        assertThat(full.tables()).flatExtracting(Relation::indexes).isNotEmpty()
                .allSatisfy(index -> assertThat(index.definition()).startsWith("CREATE "));
        assertThat(tables.tables()).flatExtracting(Relation::indexes).isNotEmpty()
                .allSatisfy(index -> assertThat(index.definition()).isNull());
    }

    @Test
    void tablesScope_readsTheSameServerExtensionsAndSchemas() {
        assertThat(tables.server().database()).isEqualTo(full.server().database());
        assertThat(tables.extensions()).isEqualTo(full.extensions());
        assertThat(tables.schemas()).isEqualTo(full.schemas());
    }

    private static Relation withoutStatisticsAndDefinitions(Relation r) {
        return new Relation(r.oid(), r.schema(), r.name(), r.kind(), r.columns().stream().map(c -> new Column(
                c.position(), c.name(), c.type(), c.typmod(), c.notNull(), c.defaultExpression(), c.identity(),
                c.generatedExpression(), null)).toList(), r.constraints(), r.indexes().stream().map(i -> new Index(
                i.name(), i.method(), i.keys(), i.includeColumns(), i.predicate(), i.unique(), i.primary(), i.valid(),
                i.ready(), i.sizeBytes(), i.constraintName(), null, i.stats())).toList(), r.stats(), r.partitionOf(),
                r.partitionKey());
    }

    private static Relation comparable(Relation r) {
        return new Relation(r.oid(), r.schema(), r.name(), r.kind(), r.columns(), r.constraints(), r.indexes(),
                TableStats.EMPTY, r.partitionOf(), r.partitionKey());
    }
}
