package dev.fawkes.core.plan;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.sql.SqlScript;
import dev.fawkes.core.sql.SqlStatement;
import java.util.List;

/** What the explainer needs to know of a statement's text: whether it has {@code $n} parameters, and that it is one statement. */
final class SqlText {
    private SqlText() {
    }

    /**
     * The statement without its terminating semicolon; fails when the text holds no statement or several, because
     * the JDBC driver would run every one of them, and EXPLAIN must never run a second statement.
     */
    static String singleStatement(String sql) {
        List<SqlStatement> statements = SqlScript.split(sql);
        if (statements.size() != 1) {
            throw new FawkesException(ErrorCode.BAD_INPUT, statements.isEmpty()
                    ? "expected one SQL statement, found none" : "expected one SQL statement, found several separated by ';'");
        }
        return statements.getFirst().text();
    }
}
