package dev.fawkes.core.workload;

/** Finds the query of a workload that has the same fingerprint as some SQL, for assertions. */
final class WorkloadQueries {
    private WorkloadQueries() {
    }

    /** The query shaped like {@code sql}, failing the test when there is none. */
    static Query like(Workload workload, String sql) {
        String fingerprint = Fingerprint.of(sql).fingerprint();
        return workload.queries().stream().filter(q -> q.fingerprint().equals(fingerprint)).findFirst().orElseThrow(
                () -> new AssertionError("no query like " + sql + " in " + workload.queries()));
    }
}
