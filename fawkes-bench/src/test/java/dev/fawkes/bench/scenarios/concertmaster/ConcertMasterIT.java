package dev.fawkes.bench.scenarios.concertmaster;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.ScenarioContract;

/** The scenario contract for seed 004. */
class ConcertMasterIT extends ScenarioContract {
    @Override
    protected Scenario scenario() {
        return new ConcertMaster();
    }
}
