package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.TestCatalogs.column;
import static dev.fawkes.advisor.TestCatalogs.skewed;
import static dev.fawkes.advisor.TestCatalogs.stats;

import dev.fawkes.advisor.TestCatalogs;
import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.Disjunction;
import dev.fawkes.advisor.analysis.ColumnUse.Operator;
import dev.fawkes.advisor.analysis.SortKey;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.ConstraintType;
import dev.fawkes.core.catalog.Extension;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An analyzed {@code orders} table, statement accesses built by hand, and the DDL of candidates, for generator tests. */
final class CandidateFixture {
    static final long[] APPEND_ONLY = {1_000_000, 0, 0, 0};
    static final List<Column> COLUMNS = List.of(
            column("id", "bigint", stats(-1, 0, 1.0, 8)),
            column("customer_id", "integer", stats(5000, 0, 0.01, 4)),
            column("status", "text", skewed(4, 8, "shipped", 0.8, "pending", 0.15, "failed", 0.04)),
            column("region", "text", stats(12, 0, 0.02, 6)),
            column("created_at", "timestamp with time zone", stats(-1, 0, 0.99, 8)),
            column("deleted_at", "timestamp with time zone", stats(200, 0.97, 0.5, 8)),
            column("email", "text", stats(-0.9, 0, 0.1, 24)),
            column("name", "character varying(80)", stats(-0.5, 0, 0.1, 20)),
            column("total", "numeric", stats(-0.8, 0, 0.0, 9)),
            column("notes", "text", stats(-1, 0.2, 0.0, 400)),
            column("payload", "jsonb", stats(-1, 0, 0.0, 200)),
            column("legacy", "text", null),
            column("archived", "boolean", stats(2, 0, 0.0, 1)));
    static final Constraint PRIMARY_KEY = new Constraint("orders_pkey", ConstraintType.PRIMARY_KEY, List.of("id"), null, null,
            List.of(), true, "PRIMARY KEY (id)");

    private CandidateFixture() {
    }

    /** The orders table with 1,000,000 append-only rows and these indexes. */
    static Relation orders(Index... indexes) {
        return orders(1_000_000, APPEND_ONLY, indexes);
    }

    static Relation orders(double rows, long[] writes, Index... indexes) {
        return TestCatalogs.table("orders", rows, writes, COLUMNS, List.of(PRIMARY_KEY), indexes);
    }

    static Catalog catalog(Relation... relations) {
        return TestCatalogs.catalog(null, relations);
    }

    static Catalog withExtension(Catalog catalog, String name) {
        return new Catalog(catalog.server(), List.of(new Extension(name, "1.6", "1.6")), catalog.schemas(),
                catalog.relations(), catalog.readAt());
    }

    static ColumnUse filter(String column, Operator operator, String literal) {
        return new ColumnUse(column, null, operator, literal);
    }

    static ColumnUse param(String column, Operator operator) {
        return new ColumnUse(column, null, operator, null);
    }

    static ColumnUse expression(String expression, Operator operator, String literal) {
        return new ColumnUse(null, expression, operator, literal);
    }

    static SortKey desc(String column) {
        return new SortKey(column, null, true, true);
    }

    static SortKey asc(String column) {
        return new SortKey(column, null, false, false);
    }

    static Access on(String table) {
        return new Access(table);
    }

    /** The DDL of what the generator proposes for the access on the default {@link #orders} table. */
    static List<String> ddl(CandidateGenerator generator, TableAccess access) {
        Relation orders = orders();
        return ddl(generator.generate(access, orders, catalog(orders)));
    }

    /** The DDL of each candidate, all named {@code i}, in order. */
    static List<String> ddl(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.spec().createSql("i", false)).toList();
    }

    /** Builds a {@link TableAccess} step by step. */
    static final class Access {
        private final String table;
        private final List<ColumnUse> filters = new ArrayList<>();
        private final List<String> joins = new ArrayList<>();
        private final List<SortKey> order = new ArrayList<>();
        private final List<String> groupBy = new ArrayList<>();
        private final Set<String> reads = new LinkedHashSet<>();
        private final List<Disjunction> ors = new ArrayList<>();
        private boolean limited;

        private Access(String table) {
            this.table = table;
        }

        Access where(ColumnUse... uses) {
            filters.addAll(List.of(uses));
            return this;
        }

        /** An OR of these arms, each one condition. */
        Access whereAnyOf(ColumnUse... arms) {
            ors.add(new Disjunction(java.util.Arrays.stream(arms).map(List::of).toList()));
            return this;
        }

        Access join(String... columns) {
            joins.addAll(List.of(columns));
            return this;
        }

        Access orderBy(SortKey... keys) {
            order.addAll(List.of(keys));
            return this;
        }

        Access groupBy(String... columns) {
            groupBy.addAll(List.of(columns));
            return this;
        }

        Access reads(String... columns) {
            reads.addAll(List.of(columns));
            return this;
        }

        Access limit() {
            limited = true;
            return this;
        }

        TableAccess build() {
            return new TableAccess("public", table, filters, joins, order, groupBy, reads, limited, false, Set.of(), ors);
        }
    }
}
