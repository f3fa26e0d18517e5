package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SslCheckTest {
    private final SslCheck check = new SslCheck();

    @Test
    void remoteConnectionWithoutSsl_warns() {
        CheckResult result = check.assess(List.of(row("10.0.0.5", false), row("127.0.0.1", true)));
        assertThat(result.status()).isEqualTo(Status.WARNING);
        assertThat(result.evidence()).singleElement().satisfies(r -> assertThat(r).containsEntry("client_addr", "10.0.0.5"));
        assertThat(result.remedy()).contains("hostssl");
    }

    @Test
    void onlyLocalConnectionsWithoutSsl_isOkWithNote() {
        CheckResult result = check.assess(List.of(row(null, true)));
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.summary()).contains("local socket or loopback");
    }

    private static Map<String, Object> row(String address, boolean local) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("client_addr", address);
        row.put("local", local);
        return row;
    }
}
