package dev.fawkes.bench.scenarios.nflpredictor;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.ScenarioContract;

/** The scenario contract for seed 002. */
class NflPredictorIT extends ScenarioContract {
    @Override
    protected Scenario scenario() {
        return new NflPredictor();
    }
}
