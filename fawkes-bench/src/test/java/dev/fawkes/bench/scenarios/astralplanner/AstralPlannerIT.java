package dev.fawkes.bench.scenarios.astralplanner;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.ScenarioContract;

class AstralPlannerIT extends ScenarioContract {
    @Override
    protected Scenario scenario() {
        return new AstralPlanner();
    }
}
