package dev.fawkes.core.workload;

import dev.fawkes.core.sql.SqlKeywords;
import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.SqlScript;
import dev.fawkes.core.sql.SqlStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a workload from a file of SQL statements separated by semicolons; a {@code -- weight: N} comment right
 * before a statement says it runs N times (default 1).
 */
public final class SqlFileReader {
    private static final Pattern WEIGHT = Pattern.compile("--\\s*weight\\s*:\\s*(\\S*)\\s*", Pattern.CASE_INSENSITIVE);
    private static final int SHOWN_CHARS = 80;

    private final String name;
    private final QueryAggregator queries = new QueryAggregator();
    private final List<Workload.Skipped> skipped = new ArrayList<>();

    private SqlFileReader(String name) {
        this.name = name;
    }

    /** The workload in the SQL file at {@code path}; fails with BAD_INPUT when the file cannot be read. */
    public static Workload read(Path path) {
        return read(path.toString(), InputFiles.readString(path));
    }

    /** The workload in {@code content}, a SQL script named {@code name} in locations of skipped statements. */
    public static Workload read(String name, String content) {
        SqlFileReader reader = new SqlFileReader(name);
        SqlScript.split(content).forEach(reader::add);
        return new Workload(WorkloadSource.SQL_FILE, name, reader.queries.queries(), reader.skipped);
    }

    private void add(SqlStatement statement) {
        String problem = problem(statement);
        if (problem != null) {
            skip(statement, problem);
            return;
        }
        String weight = weight(statement);
        if (!weight.matches("[1-9][0-9]{0,17}")) {
            skip(statement, "the weight must be a whole number of at least 1, was \"" + weight + "\"");
            return;
        }
        // A statement pasted from pg_stat_statements (interval $2, GROUP BY $3) is analysed as it must have been.
        String sample = SqlLexer.hasParameters(statement.text()) ? Fingerprint.repaired(statement.text()) : statement.text();
        queries.add(statement.text(), sample, Long.parseLong(weight), 0, 0);
    }

    /** Why the statement cannot be used, or null when it can. */
    private static String problem(SqlStatement statement) {
        if (statement.error() != null) {
            return statement.error().toString();
        }
        if (!statement.parenthesesBalanced()) {
            return "unbalanced parentheses";
        }
        if (statement.command().isEmpty() || !SqlKeywords.isCommand(statement.command())) {
            return "does not start with a SQL command such as SELECT, WITH, INSERT, UPDATE, DELETE or CREATE";
        }
        return null;
    }

    /** The text of the last weight comment before the statement, or "1". */
    private static String weight(SqlStatement statement) {
        String weight = "1";
        for (String comment : statement.comments()) {
            Matcher m = WEIGHT.matcher(comment);
            if (m.matches()) {
                weight = m.group(1);
            }
        }
        return weight;
    }

    private void skip(SqlStatement statement, String reason) {
        String text = statement.text();
        String shown = text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS);
        skipped.add(new Workload.Skipped(name + ":" + statement.line(), shown, reason));
    }
}
