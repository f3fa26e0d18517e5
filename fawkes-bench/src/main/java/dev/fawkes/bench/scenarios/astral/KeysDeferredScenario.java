package dev.fawkes.bench.scenarios.astral;

import dev.fawkes.bench.scenario.Scenario;

/** A scenario whose generate.sql runs with the schema's primary and foreign keys built after the load. */
public abstract class KeysDeferredScenario implements Scenario {

    /** The scenario's generate.sql between dropping and re-adding its keys (see {@link LoadScript}). */
    @Override
    public String generateSql() {
        return LoadScript.withKeysDeferred(Scenario.super.generateSql());
    }
}
