package dev.fawkes.advisor.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

    @Test
    void shortName_isKept() {
        assertThat(IndexNames.fit("orders_customer_id_idx")).isEqualTo("orders_customer_id_idx");
    }

    @Test
    void longName_isCutTo63Bytes_withAHashThatTellsNamesApart() {
        String a = IndexNames.fit("x".repeat(70) + "_a");
        String b = IndexNames.fit("x".repeat(70) + "_b");
        assertThat(a).hasSize(63).startsWith("x".repeat(54) + "_");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void multiByteName_isCutOnACharacterBoundary() {
        String fitted = IndexNames.fit("ü".repeat(40));
        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(fitted).startsWith("ü".repeat(27) + "_");
    }

    @Test
    void childName_joinsParentIndexAndPartition() {
        assertThat(IndexNames.child("events_at_idx", "events_p0")).isEqualTo("events_at_idx_events_p0");
    }
}
