package dev.fawkes.advisor.select;

/** A second costing of a statement that a coster may weigh into the statement's cost. */
public enum Weighting {
    /** The statement without its trailing LIMIT (the planner's early stop may not come). */
    LIMIT_RISK,
    /** The statement with a skewed column's most common value bound to the parameter compared with it. */
    SKEW_RISK
}
