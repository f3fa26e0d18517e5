package dev.fawkes.bench.scenarios.support;

import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Scenario;
import java.util.List;

/** A scenario's identity (name, seed, title) and the one-statement read operation most of them are made of. */
public abstract class SeedScenario implements Scenario {
    private final String name;
    private final String seed;
    private final String title;

    /** A scenario named {@code name} modelling seed plan {@code seed}. */
    protected SeedScenario(String name, String seed, String title) {
        this.name = name;
        this.seed = seed;
        this.title = title;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String seed() {
        return seed;
    }

    @Override
    public final String title() {
        return title;
    }

    /** A read-only operation that sends one statement. */
    protected static Operation read(String name, double weight, String sql, Operation.Action action) {
        return new Operation(name, weight, false, List.of(sql), action);
    }
}
