package dev.fawkes.core.workload;

import dev.fawkes.core.sql.Token;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The constants of a statement that its executions pass with different values: {@code queue = 'mail'} run also as
 * {@code queue = 'billing'} is one statement whose constant is a value the application chooses, not part of its
 * shape, so it must not become an index's predicate.
 */
public final class VaryingConstants {
    private VaryingConstants() {
    }

    /**
     * The values ({@link Token#constantValue()}) of the constants of {@code sql} at the places where one of
     * {@code executions} (statements with the same fingerprint) has another value; an IN list varies as a whole.
     */
    public static Set<String> of(String sql, List<String> executions) {
        List<List<Token>> slots = Shapes.slots(Fingerprint.parts(sql));
        Set<Integer> varying = new HashSet<>();
        for (String execution : new LinkedHashSet<>(executions)) {
            List<List<Token>> other = Shapes.slots(Fingerprint.parts(execution));
            for (int k = 0; k < slots.size() && other.size() == slots.size(); k++) {
                if (!texts(slots.get(k)).equals(texts(other.get(k)))) {
                    varying.add(k);
                }
            }
        }
        Set<String> values = new HashSet<>();
        varying.forEach(k -> slots.get(k).stream().map(Token::constantValue).filter(Objects::nonNull).forEach(values::add));
        return Set.copyOf(values);
    }

    private static List<String> texts(List<Token> slot) {
        return slot.stream().map(t -> t.constantValue() != null ? t.constantValue() : t.text()).toList();
    }
}
