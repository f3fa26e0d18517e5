package dev.fawkes.monitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sampled checks of one sweep: started before the other checks, polled between them, finished at the end. */
final class Samplings {
    private final Map<Check, SampledCheck.Sampling> running = new LinkedHashMap<>();
    private final Map<Check, CheckResult> failed = new LinkedHashMap<>();

    private Samplings() {
    }

    /** Starts every sampled check among these; one that fails to start is kept as skipped. */
    static Samplings start(List<Check> checks, CheckContext context) {
        Samplings samplings = new Samplings();
        for (Check check : checks) {
            if (check instanceof SampledCheck sampled) {
                samplings.startOne(sampled, context);
            }
        }
        return samplings;
    }

    private void startOne(SampledCheck check, CheckContext context) {
        CheckResult failure = Monitor.guarded(check.id(), () -> {
            running.put(check, check.start(context));
            return null;
        });
        if (failure != null) {
            failed.put(check, failure);
        }
    }

    /** Lets every running sampling take a sample that is due; one that fails stops and is reported as skipped. */
    void poll() {
        for (var entry : List.copyOf(running.entrySet())) {
            CheckResult failure = Monitor.guarded(entry.getKey().id(), () -> {
                entry.getValue().poll();
                return null;
            });
            if (failure != null) {
                running.remove(entry.getKey());
                failed.put(entry.getKey(), failure);
            }
        }
    }

    /** Finishes every sampling and puts each result where its check's placeholder is in the results. */
    void finishInto(List<Check> checks, List<CheckResult> results) {
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            SampledCheck.Sampling sampling = running.get(check);
            if (sampling != null) {
                results.set(i, Monitor.guarded(check.id(), sampling::finish));
            } else if (failed.containsKey(check)) {
                results.set(i, failed.get(check));
            }
        }
    }
}
