package dev.fawkes.bench.driver;

/** How the driver generates load: arrivals on a schedule, or a fixed population of users. */
public enum LoadModel {
    /** Requests arrive at a target rate whatever the database does (latency from each arrival's scheduled time). */
    OPEN,
    /** A fixed number of virtual users, each issuing a request, waiting for it, then thinking. */
    CLOSED
}
