package dev.fawkes.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void usesBinaryUnits_withOneDecimalBelowTen() {
        assertThat(ByteSize.pretty(512)).isEqualTo("512 bytes");
        assertThat(ByteSize.pretty(3 * 1024 * 1024 + 1024 * 100)).isEqualTo("3.1 MB");
        assertThat(ByteSize.pretty(45L * 1024 * 1024)).isEqualTo("45 MB");
        assertThat(ByteSize.pretty(2L * 1024 * 1024 * 1024 * 1024)).isEqualTo("2.0 TB");
    }
}
