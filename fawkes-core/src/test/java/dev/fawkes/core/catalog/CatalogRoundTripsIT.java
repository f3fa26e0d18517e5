package dev.fawkes.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogRoundTripsIT {
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement", "prepareCall");

    /** What one read saw: the catalog and how many statements the reader created. */
    private record Counted(Catalog catalog, int statements) {
    }

    private static Counted small;
    private static Counted large;

    @BeforeAll
    static void readSmallAndLargeDatabases() throws SQLException {
        small = readWithTables(5);
        large = readWithTables(500);
    }

    @Test
    void sendsTheSameFewStatements_for5And500Tables() {
        assertThat(large.statements()).isEqualTo(small.statements()).isLessThanOrEqualTo(10);
        assertThat(small.catalog().tables()).hasSize(5);
        assertThat(large.catalog().tables()).hasSize(500);
    }

    @Test
    void readsEveryOneOf500Tables_withItsColumnsAndKey() {
        Catalog catalog = large.catalog();

        IntStream.rangeClosed(1, 500).forEach(i -> {
            Relation table = catalog.relation("public", "t_" + i).orElseThrow();
            assertThat(table.columns()).extracting(Column::name).containsExactly("id", "name");
            assertThat(table.indexes()).extracting(Index::name).containsExactly("t_" + i + "_pkey");
            assertThat(table.primaryKey()).isPresent();
        });
    }

    private static Counted readWithTables(int tables) throws SQLException {
        try (TestDatabase db = PgTestServer.get().createDatabase(); Connection c = db.connect()) {
            db.execute("""
                    DO $$ BEGIN
                      FOR i IN 1..%d LOOP
                        EXECUTE format('CREATE TABLE %%I (id bigint PRIMARY KEY, name text)', 't_' || i);
                      END LOOP;
                    END $$""".formatted(tables));
            AtomicInteger statements = new AtomicInteger();
            Catalog catalog = new CatalogReader(counting(c, statements)).read();
            return new Counted(catalog, statements.get());
        }
    }

    /** The connection, counting every statement created through it. */
    private static Connection counting(Connection target, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(CatalogRoundTripsIT.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENT_FACTORIES.contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
