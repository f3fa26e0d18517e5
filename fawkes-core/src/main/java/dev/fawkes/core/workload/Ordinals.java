package dev.fawkes.core.workload;

import dev.fawkes.core.sql.Token;
import dev.fawkes.core.workload.Fingerprint.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column positions of GROUP BY and ORDER BY lists ({@code GROUP BY 1, 2}): pg_stat_statements writes them as
 * parameters ({@code GROUP BY $4, $5}), which PostgreSQL then takes as constants and refuses ("must appear in the
 * GROUP BY clause"). An item that is a lone value (with ASC/DESC/NULLS FIRST/LAST) can only have been a position: a
 * constant keeps its number, and a parameter is given back as its place in the list, the common
 * {@code GROUP BY 1, 2 ORDER BY 1}.
 */
final class Ordinals {
    private static final Set<String> LIST_ENDS = Set.of("LIMIT", "OFFSET", "HAVING", "WINDOW", "FETCH", "FOR", "UNION",
            "INTERSECT", "EXCEPT", "ORDER", "RETURNING");
    private static final Set<String> SORT_WORDS = Set.of("ASC", "DESC", "NULLS", "FIRST", "LAST");

    private Ordinals() {
    }

    /** The index of each part that is a whole GROUP BY or ORDER BY item, with its 1-based place in its list. */
    static Map<Integer, Integer> of(List<Part> parts) {
        Map<Integer, Integer> ordinals = new HashMap<>();
        for (int i = 0; i + 1 < parts.size(); i++) {
            Token t = parts.get(i).token();
            if ((t.isWord("GROUP") || t.isWord("ORDER")) && parts.get(i + 1).token().isWord("BY")) {
                list(parts, i + 2, ordinals);
            }
        }
        return ordinals;
    }

    private static void list(List<Part> parts, int from, Map<Integer, Integer> ordinals) {
        int depth = 0;
        int item = 1;
        int start = from;
        int j = from;
        for (; j < parts.size(); j++) {
            Token t = parts.get(j).token();
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                if (depth-- == 0) {
                    break;
                }
            } else if (depth == 0 && t.isSymbol(",")) {
                item(parts, start, j, item++, ordinals);
                start = j + 1;
            } else if (depth == 0 && (t.isSymbol(";") || t.isWord() && LIST_ENDS.contains(t.upper()))) {
                break;
            }
        }
        item(parts, start, j, item, ordinals);
    }

    private static void item(List<Part> parts, int start, int end, int place, Map<Integer, Integer> ordinals) {
        if (start >= end || !parts.get(start).isValue()) {
            return;
        }
        for (int k = start + 1; k < end; k++) {
            if (!parts.get(k).token().isWord() || !SORT_WORDS.contains(parts.get(k).token().upper())) {
                return;
            }
        }
        ordinals.put(start, place);
    }
}
