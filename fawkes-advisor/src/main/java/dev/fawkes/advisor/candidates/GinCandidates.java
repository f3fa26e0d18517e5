package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.List;

/**
 * GIN indexes for what a B-tree cannot serve: {@code jsonb_path_ops} for {@code @>} (smaller and faster than the
 * default jsonb opclass, which only adds key-existence operators), {@code gin_trgm_ops} for {@code LIKE/ILIKE '%x%'}
 * (requiring {@code CREATE EXTENSION pg_trgm} when it is not installed), and full-text search on the exact
 * {@code to_tsvector(…)} expression the statement uses, since only that text matches.
 */
final class GinCandidates implements CandidateGenerator {
    static final String TRIGRAM_EXTENSION = "pg_trgm";

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        Proposals out = new Proposals(table);
        for (ColumnUse filter : access.filters()) {
            switch (filter.operator()) {
                case JSONB_CONTAINS -> propose(out, Keys.of(filter, "jsonb_path_ops"), "@> containment on ", List.of());
                case LIKE_INFIX -> propose(out, Keys.of(filter, "gin_trgm_ops"), "infix LIKE on ", trigramRequires(catalog));
                case FULL_TEXT -> propose(out, Keys.of(filter, null), "full-text search on ", List.of());
                default -> { }
            }
        }
        return out.candidates();
    }

    private static void propose(Proposals out, IndexKey key, String why, List<String> requires) {
        out.add("gin", List.of(key), List.of(), null, why + key.text(), requires);
    }

    private static List<String> trigramRequires(Catalog catalog) {
        return catalog.hasExtension(TRIGRAM_EXTENSION) ? List.of() : List.of("CREATE EXTENSION " + TRIGRAM_EXTENSION);
    }
}
