package dev.fawkes.advisor.select;

/** A second costing of a statement that a coster may weigh into the statement's cost. */
public enum Weighting {
    /** The statement without its trailing LIMIT (the planner's early stop may not come). */
    LIMIT_RISK("limit-risk", "costs of statements with LIMIT include %s of their cost without it"),
    /** The statement with a skewed column's most common value bound to the parameter compared with it. */
    SKEW_RISK("skew-risk", "costs of statements that compare a skewed column with a parameter include %s of their cost"
            + " for the column's most common value"),
    /** The statement with every LIKE/ILIKE pattern parameter bound to {@code '%'} (a search term that matches all). */
    PATTERN_RISK("pattern-risk", "costs of statements that match text against a parameter pattern include %s of their"
            + " cost for a pattern that matches every row");

    private final String key;
    private final String summary;

    Weighting(String key, String summary) {
        this.key = key;
        this.summary = summary;
    }

    /** The key of the advisor setting that weighs it, as in {@code --set pattern-risk=0.2} (AdvisorSetting uses it). */
    public String key() {
        return key;
    }

    /**
     * True when the variant is an execution the application runs (a hot value, a pattern that matches all), so an
     * index its plan uses is used; a statement without its LIMIT never runs, and with its values written in, an index
     * only that variant's plan uses never is.
     */
    boolean variantRuns() {
        return this != LIMIT_RISK;
    }

    /** One sentence on what the statements' costs include at this weight (a fraction), naming the setting. */
    public String describe(String weight) {
        return summary.formatted(weight) + " (" + key + ")";
    }
}
