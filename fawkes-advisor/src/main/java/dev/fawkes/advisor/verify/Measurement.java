package dev.fawkes.advisor.verify;

/** What EXPLAIN (ANALYZE, BUFFERS) measured for one statement: the median execution time and shared blocks (hit + read) over its runs. */
public record Measurement(double timeMs, long sharedBlocks) {
}
