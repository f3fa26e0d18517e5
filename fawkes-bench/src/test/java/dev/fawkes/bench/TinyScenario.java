package dev.fawkes.bench;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A one-table scenario for testing the bench machinery quickly. */
final class TinyScenario implements Scenario {
    static final String LOOKUP = "SELECT id, plan FROM accounts WHERE email = ?";
    static final String TOUCH = "UPDATE accounts SET plan = plan WHERE id = ?";

    @Override
    public String name() {
        return "tiny";
    }

    @Override
    public String seed() {
        return "test";
    }

    @Override
    public String title() {
        return "One table of accounts";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                new Operation("lookup by email", 9, false, List.of(LOOKUP), (c, keys, random) -> {
                    try (var ps = c.prepareStatement(LOOKUP)) {
                        ps.setString(1, (String) keys.pick("emails", random));
                        ps.executeQuery().close();
                    }
                }),
                new Operation("touch", 1, true, List.of(TOUCH), (c, keys, random) -> {
                    try (var ps = c.prepareStatement(TOUCH)) {
                        ps.setLong(1, 1 + random.nextInt(100));
                        ps.executeUpdate();
                    }
                }));
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.of("lookup by email", Target.Percentile.P95, 5, "test target"),
                Target.none("touch", "no number for this one"));
    }

    @Override
    public KeyPools keyPools(Connection connection) throws SQLException {
        return KeyPools.load(connection, Map.of("emails", "SELECT email FROM accounts ORDER BY id LIMIT 500"));
    }
}
