package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * Deleting customers looks up each one's orders through the foreign key, a scan of every order without an index on
 * {@code customer_id}: no workload statement names that lookup, yet the advice includes its index. A referencing table
 * whose key has an index adds no lookup.
 */
@RequiresExtension("hypopg")
class ForeignKeyLookupsIT {

    @Test
    void deletesFromAReferencedTable_getTheReferencingKeyIndexed() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE CASCADE,
                    total numeric NOT NULL);
                CREATE TABLE notes (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, body text);
                CREATE INDEX notes_customer_idx ON notes (customer_id);
                INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 20000) g;
                INSERT INTO orders SELECT g, g % 20000 + 1, g % 97 FROM generate_series(1, 300000) g;
                INSERT INTO notes SELECT g, g % 20000 + 1, 'n' FROM generate_series(1, 20000) g;
                ANALYZE;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 200
                    DELETE FROM customers WHERE id = $1;
                    """));

            assertThat(report.recommendations()).as(report.text()).singleElement().satisfies(r -> {
                assertThat(r.spec().definitionSql()).isEqualTo("ON public.orders (customer_id)");
                assertThat(r.statements()).singleElement().satisfies(s -> {
                    assertThat(s.text()).startsWith("/* foreign key orders_customer_id_fkey: looked up for each row deleted"
                            + " from customers */ SELECT 1 FROM public.orders WHERE customer_id = $1");
                    assertThat(s.calls()).isEqualTo(200);
                });
            });
            assertThat(report.totals().statements()).isEqualTo(2);
        }
    }

    @Test
    void cascadedDeletes_setOffTheLookupsOfTheRowsTheyDelete_onceEach() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE CASCADE,
                    total numeric NOT NULL);
                CREATE INDEX orders_customer_idx ON orders (customer_id);
                CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint REFERENCES orders ON DELETE CASCADE,
                    sku text NOT NULL, parent_id bigint REFERENCES order_lines ON DELETE CASCADE);
                INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 20000) g;
                INSERT INTO orders SELECT g, g % 20000 + 1, g % 97 FROM generate_series(1, 300000) g;
                INSERT INTO order_lines SELECT g, g % 300000 + 1, 's' || g % 50, NULL FROM generate_series(1, 600000) g;
                ANALYZE;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 200
                    DELETE FROM customers WHERE id = $1;
                    """));

            assertThat(report.recommendations()).as(report.text())
                    .anySatisfy(r -> {
                        assertThat(r.spec().definitionSql()).isEqualTo("ON public.order_lines (order_id)");
                        assertThat(r.statements()).singleElement().satisfies(s -> {
                            assertThat(s.text()).contains("looked up for each row deleted from orders");
                            assertThat(s.calls()).as("15 orders a customer").isBetween(2_000L, 4_500L);
                        });
                    });
            assertThat(report.totals().statements()).as("the delete, order_lines' two keys").isEqualTo(3);
        }
    }
}
