package dev.fawkes.advisor.drop;

import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Advice to drop one index: why, in words ({@code detail}), the bytes it frees, the index-maintaining
 * writes it cost since statistics were reset ({@code statsAge} is null when the reset time is unknown),
 * the online {@code DROP INDEX CONCURRENTLY} and the statement that undoes it.
 */
public record DropAdvice(Relation table, Index index, Reason reason, String detail, long bytesFreed,
                         long writesSinceReset, Duration statsAge, String dropSql, String undoSql) {

    /** Why an index can go. */
    public enum Reason {
        /** Never scanned since statistics were reset, and enforcing nothing. */
        UNUSED,
        /** The same method, keys, INCLUDE columns and predicate as an index that stays. */
        DUPLICATE,
        /** A B-tree whose keys lead a wider index with the same predicate, which serves its queries. */
        PREFIX_REDUNDANT,
        /** Invalid, as a failed {@code CREATE INDEX CONCURRENTLY} leaves it: never used, possibly still maintained. */
        INVALID
    }

    /** The index-maintaining writes per day it costs, when the statistics' age is known and at least a minute. */
    public OptionalLong writesPerDay() {
        if (statsAge == null || statsAge.toMinutes() < 1) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(writesSinceReset * (double) Duration.ofDays(1).toSeconds() / statsAge.toSeconds()));
    }

    /** The index as SQL, {@code schema.name} quoted where needed. */
    public String qualifiedIndexName() {
        return DropSql.qualified(table.schema(), index.name());
    }
}
