package dev.fawkes.bench.driver;

import static dev.fawkes.bench.driver.Ops.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OperationPickerTest {
    private final OperationPicker picker = new OperationPicker(List.of(op("feed", 70), op("post", 20), op("like", 10)));

    @Test
    void choosesInProportionToWeight_withAFixedSeed() {
        int[] counts = new int[3];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            counts[picker.pick(random)]++;
        }
        assertThat(counts[0] / 100_000.0).isCloseTo(0.70, within(0.02));
        assertThat(counts[1] / 100_000.0).isCloseTo(0.20, within(0.02));
        assertThat(counts[2] / 100_000.0).isCloseTo(0.10, within(0.02));
    }

    @Test
    void sameSeed_sameSequence() {
        assertThat(sequence(7)).isEqualTo(sequence(7)).isNotEqualTo(sequence(8));
    }

    private List<Integer> sequence(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return IntStream.range(0, 200).mapToObj(i -> picker.pick(random)).toList();
    }
}
