package dev.fawkes.core.workload;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the LOG messages that report a statement into workload calls; all other messages are ignored. */
final class LogStatements {
    private static final Pattern DURATION = Pattern.compile("duration: ([0-9.]+) ms(?:  (.*))?", Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile("statement: (.*)", Pattern.DOTALL);
    // "execute <unnamed>: ...", "execute S_1: ..." and "execute fetch from S_1/C_2: ..." (extended protocol).
    private static final Pattern EXECUTE = Pattern.compile("execute (?:fetch from )?[^\\s:]+: (.*)", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");

    private final QueryAggregator queries;

    LogStatements(QueryAggregator queries) {
        this.queries = queries;
    }

    /** Adds the statement the entry reports, if it reports one. */
    void add(LogEntry entry) {
        if (!"LOG".equals(entry.severity())) {
            return;
        }
        Matcher duration = DURATION.matcher(entry.message());
        if (duration.matches()) {
            addStatement(duration.group(2), parseMs(duration.group(1)), entry.detail());
        } else {
            // log_statement lines carry no duration: a call of unknown (0 ms) time.
            addStatement(entry.message(), 0, entry.detail());
        }
    }

    private void addStatement(String rest, double ms, String detail) {
        if (rest == null) {
            return;
        }
        Matcher statement = STATEMENT.matcher(rest);
        Matcher execute = EXECUTE.matcher(rest);
        String sql = statement.matches() ? statement.group(1) : execute.matches() ? execute.group(1) : null;
        if (sql == null || sql.isBlank()) {
            return;
        }
        sql = sql.strip();
        if (execute.matches() && SqlLexer.hasParameters(sql)) {
            // A prepared statement: analysed as the application runs it, with $n (a generic plan); its values are samples.
            String execution = withParameters(sql, detail);
            queries.add(sql, sql, execution.equals(sql) ? null : execution, 1, ms, ms);
        } else {
            queries.add(sql, withParameters(sql, detail), 1, ms, ms);
        }
    }


    private static double parseMs(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The statement with each $n replaced by its value from a "parameters: $1 = '42', ..." DETAIL. */
    static String withParameters(String sql, String detail) {
        Map<String, String> values = parameters(detail);
        if (values.isEmpty()) {
            return sql;
        }
        StringBuilder sample = new StringBuilder(sql.length());
        for (Token t : SqlLexer.lex(sql).tokens()) {
            boolean known = t.kind() == Token.Kind.PARAMETER && values.containsKey(t.text());
            sample.append(known ? values.get(t.text()) : t.text());
        }
        return sample.toString();
    }

    private static Map<String, String> parameters(String detail) {
        Map<String, String> values = new HashMap<>();
        if (detail == null || !detail.startsWith("parameters: ")) {
            return values;
        }
        Matcher m = PARAMETER.matcher(detail);
        while (m.find()) {
            values.put("$" + m.group(1), m.group(2));
        }
        return values;
    }
}
