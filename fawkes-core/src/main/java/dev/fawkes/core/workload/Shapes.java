package dev.fawkes.core.workload;

import dev.fawkes.core.sql.Token;
import dev.fawkes.core.workload.Fingerprint.Part;
import java.util.ArrayList;
import java.util.List;

/** Collapses the parts of a statement whose length should not change its fingerprint: IN lists and VALUES rows. */
final class Shapes {
    private Shapes() {
    }

    /** The parts with every IN list of values reduced to one value and every multi-row VALUES to its first row. */
    static List<Part> collapse(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts.size());
        int i = 0;
        while (i < parts.size()) {
            Part p = parts.get(i);
            out.add(p);
            if (p.token().isWord("IN") && isValueList(parts, i + 1)) {
                i = addFirstValue(parts, i + 1, out);
            } else if (p.token().isWord("VALUES") && opens(parts, i + 1)) {
                i = addFirstRow(parts, i + 1, out);
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The values of a statement (constants and parameters) grouped in slots that line up across statements with the
     * same fingerprint: one slot for each IN list of values, holding all of them; one for each other value, but none
     * for the VALUES rows after the first, which the fingerprint does not see either.
     */
    static List<List<Token>> slots(List<Part> parts) {
        List<List<Token>> slots = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            Part p = parts.get(i);
            if (p.token().isWord("IN") && isValueList(parts, i + 1)) {
                int close = closing(parts, i + 1);
                slots.add(parts.subList(i + 2, close).stream().filter(Part::isValue).map(Part::token).toList());
                i = close + 1;
            } else if (p.token().isWord("VALUES") && opens(parts, i + 1)) {
                int close = closing(parts, i + 1);
                parts.subList(i + 2, close).stream().filter(Part::isValue).forEach(v -> slots.add(List.of(v.token())));
                i = afterRows(parts, close + 1);
            } else {
                if (p.isValue()) {
                    slots.add(List.of(p.token()));
                }
                i++;
            }
        }
        return slots;
    }

    /** True when a parenthesized list of values ($n or constants, each perhaps with a ::cast) starts at {@code i}. */
    private static boolean isValueList(List<Part> parts, int i) {
        if (!opens(parts, i)) {
            return false;
        }
        int j = i + 1;
        while (j < parts.size() && parts.get(j).isValue()) {
            j = skipCast(parts, j + 1);
            if (j < parts.size() && parts.get(j).token().isSymbol(")")) {
                return true;
            }
            if (j >= parts.size() || !parts.get(j).token().isSymbol(",")) {
                return false;
            }
            j++;
        }
        return false;
    }

    /** The index after a "::type" starting at {@code i}, or {@code i} when there is none. */
    private static int skipCast(List<Part> parts, int i) {
        if (i + 1 < parts.size() && parts.get(i).token().isSymbol("::") && parts.get(i + 1).token().isWord()) {
            return i + 2;
        }
        return i;
    }

    private static int addFirstValue(List<Part> parts, int open, List<Part> out) {
        int close = closing(parts, open);
        out.add(parts.get(open));
        out.add(parts.get(open + 1).withoutSpace());
        out.add(parts.get(close).withoutSpace());
        return close + 1;
    }

    private static int addFirstRow(List<Part> parts, int open, List<Part> out) {
        int close = closing(parts, open);
        out.addAll(parts.subList(open, close + 1));
        return afterRows(parts, close + 1);
    }

    /** The index after the further {@code , (…)} rows of a VALUES list that start at {@code next}. */
    private static int afterRows(List<Part> parts, int next) {
        while (next + 1 < parts.size() && parts.get(next).token().isSymbol(",") && opens(parts, next + 1)) {
            next = closing(parts, next + 1) + 1;
        }
        return next;
    }

    private static boolean opens(List<Part> parts, int i) {
        return i < parts.size() && parts.get(i).token().isSymbol("(");
    }

    /** The index of the ")" matching the "(" at {@code open}, or the last index when it is never closed. */
    private static int closing(List<Part> parts, int open) {
        int depth = 0;
        for (int i = open; i < parts.size(); i++) {
            if (parts.get(i).token().isSymbol("(")) {
                depth++;
            } else if (parts.get(i).token().isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return parts.size() - 1;
    }
}
