package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xdg-open is tried only with a display to show the page on and the command on the PATH. */
class BrowserTest {

    @Test
    void xdgOpen_isNotRun_withoutADisplay_orWithoutTheCommand(@TempDir Path dir) throws Exception {
        Path withXdgOpen = Files.createDirectories(dir.resolve("with"));
        Path marker = dir.resolve("ran");
        Path fake = Files.writeString(withXdgOpen.resolve("xdg-open"), "#!/bin/sh\ntouch " + marker + "\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(Browser.viaXdgOpen("http://127.0.0.1:1/", Map.of("PATH", withXdgOpen.toString()))).isFalse();
        assertThat(Browser.viaXdgOpen("http://127.0.0.1:1/", Map.of("PATH", empty.toString(), "DISPLAY", ":0"))).isFalse();
        assertThat(Browser.viaXdgOpen("http://127.0.0.1:1/", Map.of("DISPLAY", ":0"))).isFalse();
        assertThat(marker).doesNotExist();
    }
}
