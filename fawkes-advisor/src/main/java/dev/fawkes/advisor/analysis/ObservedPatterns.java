package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.VaryingConstants;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the samples of a statement's executions show: which of its constants vary from one execution to the next
 * ({@link VaryingConstants}), and about the patterns it passes as parameters to LIKE or ILIKE, per parameter, how many
 * observed patterns have no trigram. pg_trgm takes its trigrams from the words of a pattern,
 * padded with two blanks before and one after where the pattern fixes that end of the word; a word between wildcards
 * that is shorter than three characters gives none, and for a pattern with none a trigram index is read whole.
 */
public final class ObservedPatterns {
    /** A parameter is mostly passed patterns without a trigram when at least this share of its observed ones are. */
    static final double MOSTLY = 0.5;
    /** Fewer observed patterns than this say nothing about a parameter. */
    static final int MIN_OBSERVED = 8;
    private static final ObservedPatterns NONE = new ObservedPatterns(Map.of(), Set.of());

    private final Map<Integer, Tally> byParameter;
    private final Set<String> varyingValues;

    private ObservedPatterns(Map<Integer, Tally> byParameter, Set<String> varyingValues) {
        this.byParameter = byParameter;
        this.varyingValues = varyingValues;
    }

    /** What the query's samples show about the parameter patterns of the text it is analysed as. */
    public static ObservedPatterns of(Query query) {
        return of(query.sampleOrText(), query.samples());
    }

    /**
     * What {@code samples} (executions of {@code sql} with constants in place of its parameters) show: the k-th text
     * match of a sample is paired with the k-th of {@code sql}, in samples with as many text matches.
     */
    static ObservedPatterns of(String sql, List<String> samples) {
        if (samples.isEmpty()) {
            return NONE;
        }
        return new ObservedPatterns(patterns(sql, samples), VaryingConstants.of(sql, samples));
    }

    private static Map<Integer, Tally> patterns(String sql, List<String> samples) {
        List<PatternOperands.Operand> operands = PatternOperands.of(sql);
        if (operands.stream().allMatch(o -> o.parameters().isEmpty())) {
            return Map.of();
        }
        Map<String, List<PatternOperands.Operand>> lexed = new HashMap<>();
        Map<Integer, Tally> tallies = new HashMap<>();
        for (String sample : samples) {
            List<PatternOperands.Operand> observed = lexed.computeIfAbsent(sample, PatternOperands::of);
            if (observed.size() == operands.size()) {
                tally(operands, observed, tallies);
            }
        }
        return Map.copyOf(tallies);
    }

    private static void tally(List<PatternOperands.Operand> operands, List<PatternOperands.Operand> observed,
                              Map<Integer, Tally> tallies) {
        for (int k = 0; k < operands.size(); k++) {
            String pattern = observed.get(k).constant();
            if (pattern != null) {
                boolean none = !hasTrigram(pattern);
                operands.get(k).parameters().forEach(n -> tallies.computeIfAbsent(n, x -> new Tally()).add(none));
            }
        }
    }

    /**
     * True when the parameters in this operand (as a plan or statement prints it: {@code $3}, {@code ($3)::text})
     * were observed often enough, and mostly with patterns that have no trigram.
     */
    public boolean mostlyWithoutTrigram(String operand) {
        SqlLexer.Lexed lexed = SqlLexer.lex(operand);
        return lexed.ok() && lexed.tokens().stream()
                .filter(t -> t.kind() == Token.Kind.PARAMETER)
                .map(t -> byParameter.get(PatternOperands.number(t)))
                .anyMatch(t -> t != null && t.observed >= MIN_OBSERVED && t.withoutTrigram >= MOSTLY * t.observed);
    }

    /**
     * True when this literal, as a plan prints it ({@code 'mail'::text}, {@code '{1,2}'::integer[]}), holds a value
     * that the statement's executions pass with other values at the same place: a value the application chooses.
     */
    public boolean varies(String literal) {
        if (varyingValues.isEmpty()) {
            return false;
        }
        SqlLexer.Lexed lexed = SqlLexer.lex(literal);
        return lexed.ok() && lexed.tokens().stream().map(Token::constantValue).filter(Objects::nonNull)
                .flatMap(ObservedPatterns::elements).anyMatch(varyingValues::contains);
    }

    /** The elements of an array literal's text ({@code {a,"b c"}}), or the value itself. */
    private static Stream<String> elements(String value) {
        if (!value.startsWith("{") || !value.endsWith("}")) {
            return Stream.of(value);
        }
        return Arrays.stream(value.substring(1, value.length() - 1).split(","))
                .map(e -> e.length() > 1 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e);
    }

    /** True when pg_trgm extracts at least one trigram from this LIKE pattern. */
    static boolean hasTrigram(String pattern) {
        int i = 0;
        boolean fixedBefore = true;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                fixedBefore = c != '%' && c != '_';
                i += c == '\\' ? 2 : 1;
                continue;
            }
            int end = i;
            while (end < pattern.length() && Character.isLetterOrDigit(pattern.charAt(end))) {
                end++;
            }
            boolean fixedAfter = end == pattern.length() || pattern.charAt(end) != '%' && pattern.charAt(end) != '_';
            if (end - i + (fixedBefore ? 2 : 0) + (fixedAfter ? 1 : 0) >= 3) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Observed patterns of one parameter, and how many of them had no trigram. */
    private static final class Tally {
        private int observed;
        private int withoutTrigram;

        void add(boolean noTrigram) {
            observed++;
            withoutTrigram += noTrigram ? 1 : 0;
        }
    }
}
