package dev.fawkes.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VaryingConstantsTest {

    @Test
    void aConstantPassedWithOtherValues_varies_oneTheExecutionsShare_doesNot() {
        String sql = "SELECT id FROM jobs WHERE queue = 'mail' AND status = 'queued' LIMIT 10";

        assertThat(VaryingConstants.of(sql, List.of(sql,
                "SELECT id FROM jobs WHERE queue = 'billing' AND status = 'queued' LIMIT 10",
                "select id from jobs where queue='export' and status='queued' limit 10")))
                .containsExactly("mail");
    }

    @Test
    void executionsAllAlike_orNone_varyNothing() {
        String sql = "SELECT id FROM jobs WHERE queue = 'mail' AND attempts < 3";

        assertThat(VaryingConstants.of(sql, List.of(sql, sql))).isEmpty();
        assertThat(VaryingConstants.of(sql, List.of())).isEmpty();
    }

    @Test
    void anInListVariesAsAWhole_evenWhenItsLengthChanges() {
        String sql = "SELECT id FROM jobs WHERE status IN ('queued', 'retry') AND kind = 7";

        assertThat(VaryingConstants.of(sql, List.of(sql,
                "SELECT id FROM jobs WHERE status IN ('queued') AND kind = 7")))
                .containsExactlyInAnyOrder("queued", "retry");
        assertThat(VaryingConstants.of(sql, List.of(sql,
                "SELECT id FROM jobs WHERE status IN ('queued', 'retry') AND kind = 8")))
                .containsExactly("7");
    }

    @Test
    void valuesAreComparedAsValues_notAsSpellings() {
        String sql = "SELECT id FROM jobs WHERE queue = 'it''s' AND owner = $1";

        assertThat(VaryingConstants.of(sql, List.of("SELECT id FROM jobs WHERE queue = $$it's$$ AND owner = 4",
                "SELECT id FROM jobs WHERE queue = 'it''s' AND owner = 5"))).isEmpty();
    }
}
