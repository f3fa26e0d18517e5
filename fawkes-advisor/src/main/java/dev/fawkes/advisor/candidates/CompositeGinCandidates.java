package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GIN indexes that also hold the statement's equality columns ({@code btree_gin}) and are limited to its literal
 * conditions, like {@code (workspace_id, to_tsvector(…)) WHERE type = 'task'}: one index scan then finds the rows that
 * match both, where a B-tree on the column makes the search text be parsed for every row of the key (a tenant's whole
 * workspace) and a GIN on the text alone reads every row that matches anywhere and is rechecked when its bitmap turns
 * lossy. Needs {@code CREATE EXTENSION btree_gin} when equality columns are keys and the extension is absent.
 */
final class CompositeGinCandidates implements CandidateGenerator {
    static final String BTREE_GIN_EXTENSION = "btree_gin";
    /** Equality columns beyond this many make the index larger without narrowing the search much more. */
    static final int MAX_EQUALITY_KEYS = 2;
    /** Column types btree_gin has operator classes for (as {@code format_type} names them, up to a typmod). */
    private static final Set<String> BTREE_GIN_TYPES = Set.of("smallint", "integer", "bigint", "real", "double precision",
            "numeric", "text", "character varying", "character", "\"char\"", "name", "uuid", "boolean", "date",
            "time without time zone", "time with time zone", "timestamp without time zone", "timestamp with time zone",
            "interval", "bytea", "inet", "cidr", "macaddr", "macaddr8", "money", "oid", "bit", "bit varying");

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        TableFacts facts = TableFacts.of(table, catalog);
        List<ColumnUse> predicate = access.filters().stream().filter(f -> PartialCandidates.qualifies(f, facts)).toList();
        List<IndexKey> equalities = equalityKeys(access, predicate, facts);
        Proposals out = new Proposals(table);
        if (equalities.isEmpty() && predicate.isEmpty()) {
            return out.candidates();
        }
        String where = predicate.isEmpty() ? null
                : predicate.stream().map(PartialCandidates::sql).collect(Collectors.joining(" AND "));
        for (ColumnUse filter : access.filters()) {
            GinCandidates.ginKey(filter).ifPresent(gin -> {
                List<IndexKey> keys = new ArrayList<>(equalities);
                keys.add(gin.key());
                List<String> requires = new ArrayList<>(gin.requires());
                if (!equalities.isEmpty()) {
                    requires.addAll(GinCandidates.requiresExtension(BTREE_GIN_EXTENSION));
                }
                out.add("gin", keys, List.of(), where, why(gin, equalities, where), requires);
            });
        }
        return out.candidates();
    }

    /** The columns compared by equality that are not in the predicate, most selective first, of btree_gin types. */
    private static List<IndexKey> equalityKeys(TableAccess access, List<ColumnUse> predicate, TableFacts facts) {
        return access.filters().stream()
                .filter(f -> f.operator() == ColumnUse.Operator.EQUALS && f.column() != null && !predicate.contains(f))
                .filter(f -> facts.type(f.column()).map(CompositeGinCandidates::btreeGinType).orElse(false))
                .sorted(Comparator.comparingDouble(facts::selectivity))
                .map(ColumnUse::column).distinct().limit(MAX_EQUALITY_KEYS).map(Keys::column).toList();
    }

    static boolean btreeGinType(String type) {
        int typmod = type.indexOf('(');
        String base = typmod < 0 ? type : type.substring(0, typmod).strip();
        return BTREE_GIN_TYPES.contains(base) || BTREE_GIN_TYPES.contains(type);
    }

    private static String why(GinCandidates.GinKey gin, List<IndexKey> equalities, String where) {
        StringBuilder why = new StringBuilder(gin.why());
        if (!equalities.isEmpty()) {
            why.append(" with equality on ").append(Keys.text(equalities));
        }
        if (where != null) {
            why.append(", partial on ").append(where);
        }
        return why.toString();
    }
}
