package dev.fawkes.advisor.analysis;

import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.workload.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Works out, for one workload statement, which tables it touches and how (conditions, joins, order, grouping,
 * limit, columns read), from its EXPLAIN VERBOSE plan, which sees through aliases, views, CTEs and subqueries; or
 * why it cannot be advised. It only ever EXPLAINs, without ANALYZE, in a read-only transaction.
 */
public final class StatementAnalyzer {
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema");
    // could not determine the data type of a parameter (42P18, or 42P08 for `$1 IS NULL OR col = $1`); a function or
    // operator is not unique
    private static final Set<String> UNTYPED_PARAMETER_STATES = Set.of("42P18", "42P08", "42725");
    private static final String UNDEFINED_TABLE = "42P01";
    // An application's search_path may hold schemas this session's does not: its statements name their tables bare.
    private static final String UNSEEN_TABLE = "names a table this session does not see (in a schema off the search path,"
            + " add ?currentSchema=<schema>,public to the URL, a mixed-case schema quoted as %22App%22): ";

    private static final String UNTYPED = "cannot be planned without its values (a $n parameter's type is unknown): ";

    private final Connection connection;
    private final ReadOnlyExplain explainer;
    private final Catalog catalog;
    private String defaultTextSearchConfig;

    /** An analyzer that explains on this connection (the caller's; left as found) against this catalog. */
    public StatementAnalyzer(Connection connection, Catalog catalog) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.explainer = new ReadOnlyExplain(connection);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The analysis of the statement's sample (with its constants) or else its normalized text; a statement with
     * {@code $n} that cannot be planned without its values is analysed as one of its executions when it has some; a
     * text search configuration passed as {@code $n} is written in ({@link TextSearchConfigs}).
     */
    public StatementAnalysis analyze(Query given) {
        Query query = TextSearchConfigs.bound(given, this::defaultTextSearchConfig);
        StatementAnalysis analysis = analyzeAsGiven(query);
        boolean untyped = analysis.isSkipped() && analysis.skipReason().startsWith(UNTYPED);
        return untyped && !query.samples().isEmpty() ? analyzeAsGiven(query.withSample(query.samples().getFirst())) : analysis;
    }

    /** The session's {@code default_text_search_config}, read once. */
    private String defaultTextSearchConfig() {
        if (defaultTextSearchConfig == null) {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SHOW default_text_search_config")) {
                r.next();
                defaultTextSearchConfig = r.getString(1);
            } catch (SQLException e) {
                throw PgErrors.onQuery(e, "reading default_text_search_config");
            }
        }
        return defaultTextSearchConfig;
    }

    private StatementAnalysis analyzeAsGiven(Query query) {
        StatementText text = new StatementText(query.sampleOrText());
        StatementAnalysis.Kind kind = text.kind();
        if (text.isOtherCommand()) {
            return StatementAnalysis.skipped(query, kind, "not a SELECT/INSERT/UPDATE/DELETE: " + text.command());
        }
        Plan plan;
        try {
            plan = explainer.explain(query.sampleOrText());
        } catch (FawkesException e) {
            if (ReadOnlyExplain.isFatal(e)) {
                throw e;
            }
            return StatementAnalysis.skipped(query, kind, failureReason(e));
        }
        return analyze(query, kind, text, plan);
    }

    private StatementAnalysis analyze(Query query, StatementAnalysis.Kind kind, StatementText text, Plan plan) {
        PlanFacts facts = PlanFacts.of(plan, catalog, ObservedPatterns.of(query));
        OrderFinder.apply(facts, plan.root(), text);
        assignments(text, facts, plan);
        List<AccessBuilder> all = facts.tables();
        List<AccessBuilder> system = all.stream().filter(StatementAnalyzer::isSystem).toList();
        List<AccessBuilder> advisable = all.stream().filter(t -> !isSystem(t) && !isTemporary(t) && !t.isForeign()).toList();
        if (advisable.isEmpty()) {
            String reason = all.isEmpty() ? "touches no table"
                    : system.size() == all.size() ? "touches only system catalogs" : "only temporary or foreign tables";
            return StatementAnalysis.skipped(query, kind, reason);
        }
        Set<String> named = text.names();
        boolean viewNamed = catalog.relations().stream()
                .anyMatch(r -> r.kind() == RelationKind.VIEW && named.contains(r.name()));
        List<TableAccess> tables = advisable.stream()
                .map(t -> t.build(viewNamed && !named.contains(t.table())))
                .toList();
        return new StatementAnalysis(query, kind, tables, plan, null);
    }

    /**
     * Gives each table the columns the text's SET clauses assign to it; a target the plan does not name (a view, a
     * partition) is the table the plan modifies, when there is exactly one.
     */
    private static void assignments(StatementText text, PlanFacts facts, Plan plan) {
        List<AccessBuilder> modified = plan.root().nodes().stream().filter(n -> n.nodeType().equals("ModifyTable"))
                .flatMap(n -> facts.table(n.alias()).stream()).distinct().toList();
        for (SetClauses.Target target : text.assignments()) {
            List<AccessBuilder> named = facts.tables().stream().filter(t -> t.table().equals(target.table())
                    && (target.schema() == null || target.schema().equals(t.schema()))).toList();
            List<AccessBuilder> assigned = !named.isEmpty() ? named : modified.size() == 1 ? modified : List.of();
            assigned.forEach(t -> target.columns().forEach(t::assign));
        }
    }

    private static String failureReason(FawkesException e) {
        String message = ReadOnlyExplain.serverMessage(e);
        return switch (e.code()) {
            case PERMISSION_DENIED, TIMEOUT -> "cannot be explained: " + message;
            default -> untypedParameters(e) ? UNTYPED + message : state(e, UNDEFINED_TABLE) ? UNSEEN_TABLE + message : "does not parse: " + message;
        };
    }

    private static boolean state(FawkesException e, String sqlState) {
        return e.getCause() instanceof SQLException sql && sqlState.equals(sql.getSQLState());
    }

    /**
     * True when planning failed for want of parameter types: pg_stat_statements turns every constant into a
     * {@code $n}, and {@code generate_series($1, $2)} or {@code $1 || $2} is then ambiguous or untyped.
     */
    private static boolean untypedParameters(FawkesException e) {
        return UNTYPED_PARAMETER_STATES.stream().anyMatch(state -> state(e, state));
    }

    private static boolean isSystem(AccessBuilder table) {
        return SYSTEM_SCHEMAS.contains(table.schema()) || table.schema() != null && table.schema().startsWith("pg_toast");
    }

    private static boolean isTemporary(AccessBuilder table) {
        Relation relation = table.relation();
        String schema = relation != null ? relation.schema() : table.schema();
        return schema != null && schema.startsWith("pg_temp");
    }
}
