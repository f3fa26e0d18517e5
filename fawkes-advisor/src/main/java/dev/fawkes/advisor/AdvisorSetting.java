package dev.fawkes.advisor;

import dev.fawkes.advisor.select.Weighting;
import dev.fawkes.advisor.select.WriteCost;

/** Every tunable of index selection, with its key (the CLI option without dashes), default and description. */
public enum AdvisorSetting {
    /** The space new indexes may take. */
    BUDGET("budget", "unlimited",
            "space the new indexes may take: bytes (e.g. 500MB, 2GB; 1024-based like PostgreSQL) or a fraction of the"
                    + " database size (e.g. 0.1 or 10%)"),
    /** The most new indexes on one table. */
    MAX_PER_TABLE("max-per-table", "unlimited", "the most new indexes recommended on one table"),
    /** The workload improvement below which selection stops. */
    MIN_IMPROVEMENT("min-improvement", Double.toString(AdvisorConfig.DEFAULT_MIN_IMPROVEMENT),
            "stop when the best next index lowers the workload's remaining cost by less than this fraction"),
    /** The statement improvement an index must bring to at least one statement. */
    MIN_STATEMENT_IMPROVEMENT("min-statement-improvement",
            Double.toString(AdvisorConfig.DEFAULT_MIN_STATEMENT_IMPROVEMENT),
            "an index is only recommended when it makes at least one statement this much cheaper (fraction)"),
    /** Statements called fewer times are left out. */
    MIN_CALLS("min-calls", "0", "leave out statements called fewer times than this"),
    /** Statements that took less time in total are left out. */
    MIN_TIME("min-time", "0", "leave out statements whose total execution time is below this many milliseconds"),
    /** Only the statements with the most total time are advised. */
    TOP("top", "all", "advise only the N statements with the most total execution time"),
    /** The database is a scratch database. */
    ALLOW_WRITES("allow-writes", "false",
            "the database is a scratch copy: what-if may install HypoPG and build real indexes in rolled-back transactions"),
    /** What one index-maintaining row write costs per index. */
    WRITE_COST_PER_ROW("write-cost-per-row", Double.toString(AdvisorConfig.DEFAULT_WRITE_COST_PER_ROW),
            "planner cost units each new index adds to every insert, delete and non-HOT update of its table, times"
                    + " (1 + index entry width / " + WriteCost.WIDTH_SCALE_BYTES + " bytes), plus, for every HOT update it"
                    + " makes non-HOT (the workload's UPDATEs set a column it depends on), one entry in each index of the"
                    + " table"),
    /** The weight of a LIMIT statement's cost without its LIMIT. */
    LIMIT_RISK(Weighting.LIMIT_RISK.key(), Double.toString(AdvisorConfig.DEFAULT_LIMIT_RISK),
            "weight of a LIMIT statement's cost without its LIMIT: the planner assumes matching rows are spread evenly,"
                    + " which hides missing indexes when they are not"),
    /** The weight of a statement's cost with a skewed column's most common value bound to its parameter. */
    SKEW_RISK(Weighting.SKEW_RISK.key(), Double.toString(AdvisorConfig.DEFAULT_SKEW_RISK),
            "weight of a statement's cost with the most common value of a skewed column in place of the parameter it is"
                    + " compared with: the generic plan prices the average key, which hides the rows the heaviest keys own"),
    /** The weight of a statement's cost with its LIKE/ILIKE pattern parameters bound to '%'. */
    PATTERN_RISK(Weighting.PATTERN_RISK.key(), Double.toString(AdvisorConfig.DEFAULT_PATTERN_RISK),
            "weight of a statement's cost with its LIKE/ILIKE pattern parameters bound to '%': the generic plan prices an"
                    + " unknown pattern as rare, which hides that short search terms match most rows"),
    /** Where the write cost counts a table's row writes. */
    WRITE_RATES("write-rates", "auto",
            "where the write cost counts row writes: statistics (pg_stat_user_tables since its reset), workload (the"
                    + " workload's INSERT/UPDATE/DELETE/MERGE calls × rows per call) or auto (workload for a SQL file,"
                    + " whose weights share no period with the table statistics; statistics otherwise)");

    private final String key;
    private final String defaultValue;
    private final String description;

    AdvisorSetting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The setting's name, as the CLI option without its dashes and as the server's config key. */
    public String key() {
        return key;
    }

    /** The default, as shown in help. */
    public String defaultValue() {
        return defaultValue;
    }

    /** What the setting does, in one sentence. */
    public String description() {
        return description;
    }
}
