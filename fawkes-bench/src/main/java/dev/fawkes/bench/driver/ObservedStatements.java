package dev.fawkes.bench.driver;

import dev.fawkes.core.workload.Samples;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The executions of prepared statements seen through a recording {@link DataSource}, with their parameter values,
 * as a runtime capture keeps them: per statement, a uniform sample of {@link Samples#SIZE} executions (reservoir
 * sampling), each as the statement's text with its values written in as constants.
 */
public final class ObservedStatements {
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "addBatch");

    private final Map<String, Reservoir> bySql = new ConcurrentHashMap<>();

    /** The pool, recording every execution of a statement prepared on one of its connections. */
    public DataSource recording(DataSource pool) {
        return proxy(DataSource.class, pool, (method, args, result) ->
                method.getName().equals("getConnection") ? connection((Connection) result) : result);
    }

    /** The recorded executions of this statement (as prepared, with {@code ?} placeholders); none when it never ran. */
    public List<String> samples(String jdbcSql) {
        Reservoir reservoir = bySql.get(jdbcSql);
        return reservoir == null ? List.of() : reservoir.samples();
    }

    /** How many executions of this statement were seen. */
    public long executions(String jdbcSql) {
        Reservoir reservoir = bySql.get(jdbcSql);
        return reservoir == null ? 0 : reservoir.seen();
    }

    private Connection connection(Connection c) {
        return proxy(Connection.class, c, (method, args, result) -> method.getName().equals("prepareStatement")
                ? statement((PreparedStatement) result, (String) args[0]) : result);
    }

    private PreparedStatement statement(PreparedStatement ps, String sql) {
        Map<Integer, Object> values = new TreeMap<>();
        return proxy(PreparedStatement.class, ps, (method, args, result) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                values.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                values.clear();
            } else if (EXECUTES.contains(name) && (args == null || args.length == 0)) {
                bySql.computeIfAbsent(sql, s -> new Reservoir()).offer(() -> withValues(sql, values));
            }
            return result;
        });
    }

    /** The statement with its i-th {@code ?} replaced by the i-th value as a constant. */
    static String withValues(String sql, Map<Integer, Object> values) {
        return Placeholders.replace(sql, n -> constant(values.get(n)));
    }

    private static String constant(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "'" + text(value).replace("'", "''") + "'";
    }

    private static String text(Object value) {
        return value instanceof Array array ? array.toString() : value.toString();
    }

    /** What to return for a call, given the method, its arguments and what the real object returned. */
    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object[] args, Object result) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** A uniform sample of a stream of executions (Algorithm R), seeded so that a run's draws repeat. */
    private static final class Reservoir {
        private final List<String> kept = new ArrayList<>(Samples.SIZE);
        private final SplittableRandom random = new SplittableRandom(42);
        private long seen;

        synchronized void offer(Supplier<String> execution) {
            seen++;
            if (kept.size() < Samples.SIZE) {
                kept.add(execution.get());
                return;
            }
            long slot = random.nextLong(seen);
            if (slot < Samples.SIZE) {
                kept.set((int) slot, execution.get());
            }
        }

        synchronized List<String> samples() {
            return List.copyOf(kept);
        }

        synchronized long seen() {
            return seen;
        }
    }
}
