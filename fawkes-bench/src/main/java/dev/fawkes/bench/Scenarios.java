package dev.fawkes.bench;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenarios.astralfield.AstralField;
import dev.fawkes.bench.scenarios.astralplanner.AstralPlanner;
import dev.fawkes.bench.scenarios.concertmaster.ConcertMaster;
import dev.fawkes.bench.scenarios.nflpredictor.NflPredictor;
import dev.fawkes.bench.scenarios.vibing2.Vibing2;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.List;
import java.util.stream.Collectors;

/** The five seed systems, by name. */
public final class Scenarios {
    private static final List<Scenario> ALL = List.of(new AstralField(), new AstralPlanner(), new NflPredictor(),
            new Vibing2(), new ConcertMaster());

    private Scenarios() {
    }

    /** Every scenario, in seed order. */
    public static List<Scenario> all() {
        return ALL;
    }

    /** The scenario with this name, or a BAD_INPUT error listing the names. */
    public static Scenario named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new FawkesException(ErrorCode.BAD_INPUT, "no scenario named '" + name + "'",
                        "choose one of: " + names(), null));
    }

    /** The names, comma-separated. */
    public static String names() {
        return ALL.stream().map(Scenario::name).collect(Collectors.joining(", "));
    }
}
