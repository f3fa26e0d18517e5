package dev.fawkes.monitor;

import dev.fawkes.monitor.checks.BlockedQueriesCheck;
import dev.fawkes.monitor.checks.DuplicateIndexesCheck;
import dev.fawkes.monitor.checks.ForeignKeysWithoutIndexCheck;
import dev.fawkes.monitor.checks.IdleInTransactionCheck;
import dev.fawkes.monitor.checks.IndexBloatCheck;
import dev.fawkes.monitor.checks.InvalidIndexesCheck;
import dev.fawkes.monitor.checks.LongRunningCheck;
import dev.fawkes.monitor.checks.SeqScanHeavyCheck;
import dev.fawkes.monitor.checks.SlowQueriesCheck;
import dev.fawkes.monitor.checks.TempSpillCheck;
import dev.fawkes.monitor.checks.TopQueriesCheck;
import dev.fawkes.monitor.checks.UnusedIndexesCheck;
import dev.fawkes.monitor.checks.WaitEventsCheck;
import java.util.List;

/** The registry of every health check, in the order reports show them. */
public final class Checks {
    private static final List<Check> ALL = List.of(
            new SlowQueriesCheck(), new TopQueriesCheck(), new TempSpillCheck(), new LongRunningCheck(),
            new IdleInTransactionCheck(),
            new BlockedQueriesCheck(), new WaitEventsCheck(),
            new UnusedIndexesCheck(), new DuplicateIndexesCheck(), new InvalidIndexesCheck(), new IndexBloatCheck(),
            new ForeignKeysWithoutIndexCheck(), new SeqScanHeavyCheck());

    private Checks() {
    }

    /** Every check. */
    public static List<Check> all() {
        return ALL;
    }
}
