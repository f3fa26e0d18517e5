package dev.fawkes.bench.scenarios.vibing2;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.ScenarioContract;

/** The scenario contract for seed 003. */
class Vibing2IT extends ScenarioContract {
    @Override
    protected Scenario scenario() {
        return new Vibing2();
    }
}
