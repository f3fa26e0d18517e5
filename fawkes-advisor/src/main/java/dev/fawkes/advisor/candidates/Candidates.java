package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import java.util.List;

/**
 * PLACEHOLDER so that branch adv-select compiles on its own: the real facade over the candidate generators is written
 * on branch adv-cand with this same signature. When merging, keep adv-cand's file and drop this one.
 */
public final class Candidates {

    private Candidates() {
    }

    /** Every candidate index for one statement's use of one table. */
    public static List<Candidate> forAccess(TableAccess access, Catalog catalog) {
        throw new UnsupportedOperationException("placeholder: Candidates comes from branch adv-cand");
    }
}
