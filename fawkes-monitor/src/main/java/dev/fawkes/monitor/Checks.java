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
import dev.fawkes.monitor.checks.CacheHitRatioCheck;
import dev.fawkes.monitor.checks.CheckpointsCheck;
import dev.fawkes.monitor.checks.ConnectionsCheck;
import dev.fawkes.monitor.checks.DeadTuplesCheck;
import dev.fawkes.monitor.checks.ForeignKeyTypeMismatchCheck;
import dev.fawkes.monitor.checks.IntegerKeysCheck;
import dev.fawkes.monitor.checks.MissingPrimaryKeyCheck;
import dev.fawkes.monitor.checks.PublicSchemaCreateCheck;
import dev.fawkes.monitor.checks.ReplicationCheck;
import dev.fawkes.monitor.checks.RowLevelSecurityCheck;
import dev.fawkes.monitor.checks.SequenceOverflowCheck;
import dev.fawkes.monitor.checks.SslCheck;
import dev.fawkes.monitor.checks.SuperuserAppRolesCheck;
import dev.fawkes.monitor.checks.TableBloatCheck;
import dev.fawkes.monitor.checks.TimestampWithoutTimeZoneCheck;
import dev.fawkes.monitor.checks.UnindexedJsonFiltersCheck;
import dev.fawkes.monitor.checks.VacuumLagCheck;
import dev.fawkes.monitor.checks.VarcharLimitsCheck;
import dev.fawkes.monitor.checks.WalArchivingCheck;
import dev.fawkes.monitor.checks.WraparoundCheck;
import java.util.List;

/** The registry of every health check, in the order reports show them. */
public final class Checks {
    private static final List<Check> ALL = List.of(
            // queries and locks
            new SlowQueriesCheck(), new TopQueriesCheck(), new TempSpillCheck(), new LongRunningCheck(),
            new IdleInTransactionCheck(),
            new BlockedQueriesCheck(), new WaitEventsCheck(),
            // indexes
            new UnusedIndexesCheck(), new DuplicateIndexesCheck(), new InvalidIndexesCheck(), new IndexBloatCheck(),
            new ForeignKeysWithoutIndexCheck(), new SeqScanHeavyCheck(),
            // tables
            new DeadTuplesCheck(), new VacuumLagCheck(), new TableBloatCheck(), new WraparoundCheck(),
            new SequenceOverflowCheck(),
            // server
            new ConnectionsCheck(), new CacheHitRatioCheck(), new CheckpointsCheck(), new ReplicationCheck(),
            new WalArchivingCheck(),
            // schema design
            new MissingPrimaryKeyCheck(), new ForeignKeyTypeMismatchCheck(), new TimestampWithoutTimeZoneCheck(),
            new UnindexedJsonFiltersCheck(), new VarcharLimitsCheck(), new IntegerKeysCheck(),
            // security
            new SslCheck(), new SuperuserAppRolesCheck(), new PublicSchemaCreateCheck(), new RowLevelSecurityCheck());

    private Checks() {
    }

    /** Every check. */
    public static List<Check> all() {
        return ALL;
    }
}
