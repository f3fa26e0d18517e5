package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalArchivingCheckTest {
    private final WalArchivingCheck check = new WalArchivingCheck();

    @Test
    void failureAfterLastSuccess_isCritical() {
        assertThat(check.assess(row("on", true, 10), 3600).status()).isEqualTo(Status.CRITICAL);
    }

    @Test
    void oldLastSegment_isWarning() {
        assertThat(check.assess(row("on", false, 7200), 3600).status()).isEqualTo(Status.WARNING);
    }

    @Test
    void recentSegment_isOk() {
        assertThat(check.assess(row("on", false, 60), 3600).status()).isEqualTo(Status.OK);
    }

    @Test
    void archivingOff_isOkWithNote() {
        assertThat(check.assess(row("off", false, 0), 3600).summary()).startsWith("archiving is off");
    }

    private static Map<String, Object> row(String mode, boolean failing, double age) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("archive_mode", mode);
        row.put("failed_count", failing ? 3L : 0L);
        row.put("failing", failing);
        row.put("seconds_since_archived", age);
        return row;
    }
}
