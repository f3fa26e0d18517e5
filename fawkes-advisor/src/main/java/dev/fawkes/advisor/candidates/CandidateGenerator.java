package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;
import java.util.List;

/** One kind of index proposal (B-tree, covering, partial, expression, GIN, BRIN): a plug-in of the advisor. */
public interface CandidateGenerator {

    /** The candidates this generator proposes for one statement's use of one table. */
    List<Candidate> generate(TableAccess access, Relation table, Catalog catalog);
}
