package dev.fawkes.bench.scenarios.astralfield;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.ScenarioContract;

class AstralFieldIT extends ScenarioContract {
    @Override
    protected Scenario scenario() {
        return new AstralField();
    }
}
