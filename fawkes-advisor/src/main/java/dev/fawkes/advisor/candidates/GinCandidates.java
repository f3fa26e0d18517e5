package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.List;
import java.util.Optional;

/**
 * GIN indexes for what a B-tree cannot serve: {@code jsonb_path_ops} for {@code @>} (smaller and faster than the
 * default jsonb opclass, which only adds key-existence operators), {@code gin_trgm_ops} for {@code LIKE/ILIKE '%x%'}
 * (requiring {@code CREATE EXTENSION pg_trgm} when it is not installed), and full-text search on the exact
 * {@code to_tsvector(…)} expression the statement uses, since only that text matches.
 */
final class GinCandidates implements CandidateGenerator {
    static final String TRIGRAM_EXTENSION = "pg_trgm";
    /** What a trigram index cannot do for a pattern passed as a parameter, said next to the reason. */
    static final String SHORT_TERMS = " (the pattern is a parameter: a term under three characters has no trigram, so a"
            + " prepared statement's generic plan that uses this index reads all of it for such terms)";

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        Proposals out = new Proposals(table);
        for (ColumnUse filter : access.filters()) {
            ginKey(filter).ifPresent(g -> out.add("gin", List.of(g.key()), List.of(), null, g.why(), g.requires()));
        }
        return out.candidates();
    }

    /** The GIN key that serves the filter, with the reason and prerequisites; empty when a GIN cannot serve it. */
    static Optional<GinKey> ginKey(ColumnUse filter) {
        return switch (filter.operator()) {
            case JSONB_CONTAINS -> Optional.of(GinKey.of(Keys.of(filter, "jsonb_path_ops"), "@> containment on ", List.of()));
            case LIKE_INFIX -> Optional.of(GinKey.of(Keys.of(filter, "gin_trgm_ops"), "infix LIKE on ",
                    requiresExtension(TRIGRAM_EXTENSION)).caution(filter.isLiteral() ? null : SHORT_TERMS));
            case FULL_TEXT -> Optional.of(GinKey.of(Keys.of(filter, null), "full-text search on ", List.of()));
            default -> Optional.empty();
        };
    }

    /**
     * {@code CREATE EXTENSION IF NOT EXISTS name}, also when this database has it: the migration is for another one (a
     * scratch copy keeps the extensions an earlier {@code --allow-writes} run installed; production may lack them).
     */
    static List<String> requiresExtension(String name) {
        return List.of("CREATE EXTENSION IF NOT EXISTS " + name);
    }

    /** A GIN key, why it serves the filter, and what must be installed first. */
    record GinKey(IndexKey key, String why, List<String> requires) {
        static GinKey of(IndexKey key, String purpose, List<String> requires) {
            return new GinKey(key, purpose + key.text(), requires);
        }

        /** The same key with a caution appended to its reason (none when null). */
        GinKey caution(String caution) {
            return caution == null ? this : new GinKey(key, why + caution, requires);
        }
    }
}
