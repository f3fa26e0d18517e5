package dev.fawkes.bench.driver;

import dev.fawkes.bench.scenario.Operation;
import java.util.List;
import java.util.SplittableRandom;

/** Chooses an operation by weight with one draw from a random source, so a seed fixes the sequence. */
final class OperationPicker {
    private final List<Operation> operations;
    private final double[] cumulative;

    OperationPicker(List<Operation> operations) {
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("a load needs at least one operation");
        }
        this.operations = List.copyOf(operations);
        this.cumulative = new double[operations.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += operations.get(i).weight();
            cumulative[i] = sum;
        }
    }

    /** The index of an operation chosen with probability proportional to its weight. */
    int pick(SplittableRandom random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (point < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The operation at an index. */
    Operation operation(int index) {
        return operations.get(index);
    }

    /** The operations, in their given order. */
    List<Operation> operations() {
        return operations;
    }
}
