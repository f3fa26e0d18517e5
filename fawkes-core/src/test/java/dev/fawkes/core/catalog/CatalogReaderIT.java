package dev.fawkes.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresPg;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogReaderIT {
    private static TestDatabase db;
    private static Catalog catalog;

    @BeforeAll
    static void readFixture() throws SQLException {
        db = PgTestServer.get().createDatabase().executeResource("/fixtures/catalog.sql");
        try (Connection c = db.connect()) {
            catalog = new CatalogReader(c).read();
        }
    }

    @AfterAll
    static void dropFixture() {
        db.close();
    }

    private static Relation relation(String name) {
        return catalog.relation("public", name).orElseThrow(() -> new AssertionError("no relation " + name));
    }

    private static Column column(String table, String name) {
        return relation(table).column(name).orElseThrow(() -> new AssertionError("no column " + table + "." + name));
    }

    private static Constraint constraint(String table, String name) {
        return relation(table).constraints().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no constraint " + name));
    }

    private static Index index(String table, String name) {
        return relation(table).indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name));
    }

    @Test
    void readsServerVersionDatabaseAndSettings() {
        ServerInfo server = catalog.server();
        assertThat(server.versionNum()).isEqualTo(PgTestServer.get().versionNum());
        assertThat(server.database()).isEqualTo(db.name());
        assertThat(server.databaseSizeBytes()).isPositive();
        assertThat(server.settings()).containsOnlyKeys(ServerInfoQuery.SETTINGS);
        assertThat(server.setting("shared_preload_libraries")).contains("pg_stat_statements");
        assertThat(server.setting("server_version_num")).isEqualTo(Integer.toString(server.versionNum()));
        assertThat(server.setting("work_mem")).endsWith("B");
    }

    @Test
    void readsInstalledExtension_withVersion_andAvailableOnes_without() {
        assertThat(catalog.hasExtension("pg_trgm")).isTrue();
        assertThat(catalog.extension("pg_trgm").orElseThrow().installedVersion()).isNotBlank();
        assertThat(catalog.extension("pg_stat_statements").orElseThrow().installed()).isFalse();
        assertThat(catalog.extension("pg_stat_statements").orElseThrow().defaultVersion()).isNotBlank();
    }

    @Test
    void readsUserSchemas_withoutSystemOnes() {
        assertThat(catalog.schemas()).contains("Bar", "public")
                .doesNotContain("pg_catalog", "information_schema", "pg_toast");
    }

    @Test
    void readsQuotedMixedCaseTable_withMixedCaseColumns() {
        Relation foo = catalog.relation("Bar", "Foo").orElseThrow();
        assertThat(foo.qualifiedName()).isEqualTo("\"Bar\".\"Foo\"");
        assertThat(foo.kind()).isEqualTo(RelationKind.TABLE);
        assertThat(foo.columns()).extracting(Column::name).containsExactly("Id", "UserName", "createdAt");
        assertThat(foo.columns()).extracting(Column::position).containsExactly(1, 2, 3);
        assertThat(foo.primaryKey().orElseThrow().columns()).containsExactly("Id");
    }

    @Test
    void readsColumnType_withTypmodAndNotNull() {
        Column userName = catalog.relation("Bar", "Foo").orElseThrow().column("UserName").orElseThrow();
        assertThat(userName.type()).isEqualTo("character varying(40)");
        assertThat(userName.typmod()).isEqualTo(44);
        assertThat(userName.notNull()).isTrue();
        assertThat(column("orders", "note").typmod()).isEqualTo(-1);
        assertThat(column("orders", "note").notNull()).isFalse();
    }

    @Test
    void readsDefaultExpressions() {
        assertThat(column("customers", "status").defaultExpression()).isEqualTo("'new'::text");
        assertThat(catalog.relation("Bar", "Foo").orElseThrow().column("createdAt").orElseThrow().defaultExpression())
                .isEqualTo("now()");
        assertThat(column("orders", "note").defaultExpression()).isNull();
    }

    @Test
    void readsIdentityColumns_alwaysAndByDefault() {
        assertThat(column("customers", "id").identity()).isEqualTo(Column.Identity.ALWAYS);
        assertThat(column("orders", "id").identity()).isEqualTo(Column.Identity.BY_DEFAULT);
        assertThat(column("customers", "region").identity()).isEqualTo(Column.Identity.NONE);
        assertThat(column("customers", "id").defaultExpression()).isNull();
    }

    @Test
    void readsGeneratedColumn_withExpression_andNoDefault() {
        Column priceTax = column("customers", "price_tax");
        assertThat(priceTax.generated()).isTrue();
        assertThat(priceTax.generatedExpression()).contains("price * 1.2");
        assertThat(priceTax.defaultExpression()).isNull();
        assertThat(column("customers", "price").generated()).isFalse();
    }

    @Test
    void readsHashPartitionedTable_withKeyAndFourPartitions() {
        assertThat(relation("events").kind()).isEqualTo(RelationKind.PARTITIONED_TABLE);
        assertThat(relation("events").partitionKey()).isEqualTo("HASH (tenant)");
        List<Relation> partitions = catalog.relations().stream().filter(Relation::isPartition)
                .filter(r -> r.partitionOf().parentName().equals("events")).toList();
        assertThat(partitions).extracting(Relation::name)
                .containsExactlyInAnyOrder("events_p0", "events_p1", "events_p2", "events_p3");
        assertThat(relation("events_p1").partitionOf())
                .isEqualTo(new PartitionOf("public", "events", "FOR VALUES WITH (modulus 4, remainder 1)"));
        assertThat(relation("events_p1").kind()).isEqualTo(RelationKind.TABLE);
        assertThat(relation("events_p1").partitionKey()).isNull();
        assertThat(relation("events").partitionOf()).isNull();
    }

    @Test
    void readsRangePartition_withItsBound() {
        assertThat(relation("measurements").partitionKey()).isEqualTo("RANGE (at)");
        assertThat(relation("measurements_2024").partitionOf().bound())
                .isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    }

    @Test
    void readsViewMaterializedViewAndForeignTable_withTheirKinds() {
        assertThat(relation("big_orders").kind()).isEqualTo(RelationKind.VIEW);
        assertThat(relation("big_orders").columns()).extracting(Column::name).containsExactly("id", "total");
        assertThat(relation("big_orders").stats()).isEqualTo(TableStats.EMPTY);
        assertThat(relation("order_totals").kind()).isEqualTo(RelationKind.MATERIALIZED_VIEW);
        assertThat(relation("order_totals").stats().estimatedRows()).isEqualTo(10);
        assertThat(relation("remote_items").kind()).isEqualTo(RelationKind.FOREIGN_TABLE);
        assertThat(relation("remote_items").columns()).extracting(Column::name).containsExactly("id", "label");
    }

    @Test
    void readsPrimaryKey_withColumnsAndDefinition() {
        Constraint pk = relation("customers").primaryKey().orElseThrow();
        assertThat(pk.name()).isEqualTo("customers_pkey");
        assertThat(pk.columns()).containsExactly("id");
        assertThat(pk.definition()).isEqualTo("PRIMARY KEY (id)");
        assertThat(pk.validated()).isTrue();
    }

    @Test
    void readsMultiColumnForeignKey_withReferencedTableAndColumns() {
        Constraint fk = constraint("orders", "orders_customer_fkey");
        assertThat(fk.type()).isEqualTo(ConstraintType.FOREIGN_KEY);
        assertThat(fk.columns()).containsExactly("region", "code");
        assertThat(fk.referencedSchema()).isEqualTo("public");
        assertThat(fk.referencedTable()).isEqualTo("customers");
        assertThat(fk.referencedColumns()).containsExactly("region", "code");
        assertThat(fk.validated()).isTrue();
    }

    @Test
    void readsNotValidForeignKey_asNotValidated() {
        Constraint fk = constraint("orders", "orders_foo_fkey");
        assertThat(fk.validated()).isFalse();
        assertThat(fk.referencedSchema()).isEqualTo("Bar");
        assertThat(fk.referencedTable()).isEqualTo("Foo");
        assertThat(fk.referencedColumns()).containsExactly("Id");
        assertThat(fk.definition()).endsWith("NOT VALID");
    }

    @Test
    void readsUniqueCheckAndExclusionConstraints() {
        assertThat(constraint("customers", "customers_region_code_key").type()).isEqualTo(ConstraintType.UNIQUE);
        assertThat(constraint("customers", "customers_region_code_key").columns()).containsExactly("region", "code");
        assertThat(constraint("customers", "customers_price_positive").type()).isEqualTo(ConstraintType.CHECK);
        assertThat(constraint("customers", "customers_price_positive").definition()).isEqualTo("CHECK ((price >= (0)::numeric))");
        assertThat(constraint("customers", "customers_slot_excl").type()).isEqualTo(ConstraintType.EXCLUSION);
        assertThat(constraint("customers", "customers_slot_excl").definition()).isEqualTo("EXCLUDE USING btree (slot WITH =)");
        assertThat(constraint("customers", "customers_region_code_key").referencedTable()).isNull();
    }

    @Test
    void readsEachIndexOnce_evenWhenAForeignKeyPointsAtIt() {
        assertThat(relation("customers").indexes()).extracting(Index::name).containsExactlyInAnyOrder(
                "customers_pkey", "customers_region_code_key", "customers_slot_excl", "customers_email_partial_idx",
                "customers_lower_email_idx", "customers_profile_gin_idx", "customers_email_trgm_idx");
    }

    @Test
    void readsBackingConstraint_forPrimaryUniqueAndExclusionIndexes() {
        assertThat(index("customers", "customers_pkey").constraintName()).isEqualTo("customers_pkey");
        assertThat(index("customers", "customers_pkey").primary()).isTrue();
        assertThat(index("customers", "customers_region_code_key").constraintName()).isEqualTo("customers_region_code_key");
        assertThat(index("customers", "customers_region_code_key").unique()).isTrue();
        assertThat(index("customers", "customers_region_code_key").primary()).isFalse();
        assertThat(index("customers", "customers_slot_excl").constraintName()).isEqualTo("customers_slot_excl");
        assertThat(index("customers", "customers_lower_email_idx").backsConstraint()).isFalse();
    }

    @Test
    void readsPartialIndex_withPredicate() {
        Index partial = index("customers", "customers_email_partial_idx");
        assertThat(partial.predicate()).isEqualTo("email IS NOT NULL");
        assertThat(partial.keys()).extracting(IndexKey::column).containsExactly("email");
        assertThat(index("customers", "customers_lower_email_idx").partial()).isFalse();
    }

    @Test
    void readsExpressionIndex_asExpressionKey() {
        IndexKey key = index("customers", "customers_lower_email_idx").keys().getFirst();
        assertThat(key.isExpression()).isTrue();
        assertThat(key.expression()).isEqualTo("lower(email)");
        assertThat(index("customers", "customers_lower_email_idx").definition())
                .isEqualTo("CREATE INDEX customers_lower_email_idx ON public.customers USING btree (lower(email))");
    }

    @Test
    void readsIncludeColumns_apartFromKeys() {
        Index covering = index("orders", "orders_placed_at_incl_idx");
        assertThat(covering.keys()).extracting(IndexKey::column).containsExactly("placed_at");
        assertThat(covering.includeColumns()).containsExactly("total", "note");
    }

    @Test
    void readsDescNullsFirstKey_andAscendingKeyBeforeIt() {
        List<IndexKey> keys = index("orders", "orders_total_desc_idx").keys();
        assertThat(keys).containsExactly(new IndexKey("region", null, null, false, false),
                new IndexKey("total", null, null, true, true));
    }

    @Test
    void readsNonDefaultOpclass_onlyWhenNotTheDefault() {
        Index gin = index("customers", "customers_profile_gin_idx");
        assertThat(gin.method()).isEqualTo("gin");
        assertThat(gin.keys()).containsExactly(new IndexKey("profile", null, "jsonb_path_ops", false, false));
        assertThat(index("customers", "customers_email_trgm_idx").keys().getFirst().opclass()).isEqualTo("gin_trgm_ops");
        assertThat(index("customers", "customers_pkey").keys().getFirst().opclass()).isNull();
    }

    @Test
    void readsIndexFlagsSizeAndStats() {
        Index pk = index("customers", "customers_pkey");
        assertThat(pk.valid()).isTrue();
        assertThat(pk.ready()).isTrue();
        assertThat(pk.method()).isEqualTo("btree");
        assertThat(pk.sizeBytes()).isPositive();
        assertThat(pk.stats()).isNotNull();
    }

    @Test
    void readsColumnStats_afterAnalyze() {
        ColumnStats email = column("customers", "email").stats();
        assertThat(email.nullFraction()).isCloseTo(0.25, within(1e-6));
        assertThat(email.distinct()).isCloseTo(-0.75, within(1e-6));
        ColumnStats status = column("customers", "status").stats();
        assertThat(status.distinct()).isEqualTo(2);
        assertThat(status.mostCommonValues()).containsExactly("new", "done");
        assertThat(status.mostCommonFrequencies()).usingElementComparator((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : 1)
                .containsExactly(0.75, 0.25);
        assertThat(column("customers", "id").stats().correlation()).isCloseTo(1.0, within(1e-6));
        assertThat(column("customers", "id").stats().averageWidth()).isEqualTo(8);
    }

    @Test
    void readsPartitionedTableStats_fromInheritedStatistics() {
        assertThat(column("events", "tenant").stats().distinct()).isEqualTo(7);
        assertThat(relation("events_p0").column("tenant").orElseThrow().stats().distinct()).isLessThan(7);
    }

    @Test
    void readsTableSizesAndPlannerEstimates() {
        TableStats stats = relation("customers").stats();
        assertThat(stats.estimatedRows()).isEqualTo(400);
        assertThat(stats.pages()).isPositive();
        assertThat(stats.tableBytes()).isEqualTo(stats.pages() * 8192);
        assertThat(stats.indexBytes()).isGreaterThanOrEqualTo(index("customers", "customers_pkey").sizeBytes());
        assertThat(stats.toastBytes()).isPositive();
    }

    // From PostgreSQL 15 ANALYZE writes its timestamp to shared statistics at once; before, a collector did it later.
    @Test
    @RequiresPg(min = 15)
    void readsLastAnalyze_fromStatisticsViews() {
        assertThat(relation("customers").stats().lastAnalyze()).isNotNull();
        assertThat(relation("customers").stats().lastVacuum()).isNull();
    }
}
