package dev.fawkes.advisor;

import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Applies {@code --min-calls}, {@code --min-time} and {@code --top}, counting what each leaves out. */
final class WorkloadFilter {
    private static final Comparator<Query> MOST_TIME = Comparator.comparingDouble(Query::totalTimeMs)
            .thenComparingLong(Query::calls).reversed();

    private WorkloadFilter() {
    }

    /** The statements to advise, in order of total time; those left out are counted in {@code tally}. */
    static List<Query> apply(Workload workload, AdvisorConfig config, SkipTally tally) {
        List<Query> kept = workload.queries().stream().sorted(MOST_TIME).toList();
        List<Query> enough = kept.stream().filter(q -> q.calls() >= config.minCalls()).toList();
        tally.addCount("fewer than " + config.minCalls() + " calls (--min-calls)", kept.size() - enough.size());
        List<Query> slow = enough.stream().filter(q -> q.totalTimeMs() >= config.minTimeMs()).toList();
        tally.addCount(String.format(Locale.ROOT, "less than %s ms in total (--min-time)", trim(config.minTimeMs())),
                enough.size() - slow.size());
        if (config.top() > 0 && slow.size() > config.top()) {
            tally.addCount("not among the top " + config.top() + " by total time (--top)", slow.size() - config.top());
            return slow.subList(0, config.top());
        }
        return slow;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
