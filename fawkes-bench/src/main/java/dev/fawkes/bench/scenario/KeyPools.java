package dev.fawkes.bench.scenario;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Named pools of real keys from the loaded data, hottest first, from which operations draw
 * parameters with a Zipf-like skew (a few keys are drawn far more often than the rest).
 */
public final class KeyPools {
    /** How strongly draws favour the head of a pool: index = n·u^SKEW. */
    static final double SKEW = 3.0;

    private final Map<String, Object[]> pools;

    private KeyPools(Map<String, Object[]> pools) {
        this.pools = Map.copyOf(pools);
    }

    /** Runs each named query (one column, hottest key first, keep it to a few thousand rows) and keeps its values. */
    public static KeyPools load(Connection connection, Map<String, String> queries) throws SQLException {
        Map<String, Object[]> pools = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            for (var q : queries.entrySet()) {
                pools.put(q.getKey(), column(s, q.getKey(), q.getValue()));
            }
        }
        return new KeyPools(pools);
    }

    private static Object[] column(Statement s, String name, String sql) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("key pool " + name + " is empty: " + sql);
        }
        return values.toArray();
    }

    /** A skewed draw from the pool: the first keys come up far more often. */
    public Object pick(String pool, SplittableRandom random) {
        Object[] keys = keys(pool);
        int index = (int) (keys.length * Math.pow(random.nextDouble(), SKEW));
        return keys[Math.min(index, keys.length - 1)];
    }

    /** A uniform draw from the pool. */
    public Object pickUniform(String pool, SplittableRandom random) {
        Object[] keys = keys(pool);
        return keys[random.nextInt(keys.length)];
    }

    /** A skewed draw as a long (for integer keys). */
    public long pickLong(String pool, SplittableRandom random) {
        return ((Number) pick(pool, random)).longValue();
    }

    /** How many keys the pool holds. */
    public int size(String pool) {
        return keys(pool).length;
    }

    private Object[] keys(String pool) {
        Object[] keys = pools.get(pool);
        if (keys == null) {
            throw new IllegalArgumentException("no key pool named " + pool + "; pools: " + pools.keySet());
        }
        return keys;
    }
}
