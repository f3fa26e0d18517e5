package dev.fawkes.advisor.migration;

import java.util.List;

/** One change in a migration: its lines (comments and statements) forward, and the lines that undo it. */
record Step(List<String> forward, List<String> backward) {

    Step {
        forward = List.copyOf(forward);
        backward = List.copyOf(backward);
    }
}
