package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in a real headless Chromium: tiles per check, coloured by status, and a screenshot under target/. */
class DashboardIT {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    static ServedDatabase served;
    static FawkesServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER),
                "needs Chromium and ChromeDriver at /usr/bin (apt-get install chromium chromium-driver; .ci/run does it)");
        served = new ServedDatabase();
        server = new FawkesServer(served.connector, ServerConfig.builder().port(0).refreshInterval(Duration.ofMinutes(5))
                .checks(List.of(new PlantedCheck("planted-problem", "t", Status.CRITICAL),
                        new PlantedCheck("planted-fine", "no_such_table", Status.WARNING)))
                .build()).start();
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options());
    }

    private static ChromeOptions options() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1400", "--user-data-dir=" + Files.createTempDirectory("fawkes-chromium"));
        return options;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void showsThePlantedProblemAsCritical_andSavesAScreenshot() throws Exception {
        browser.get(server.url());
        // Live updates re-render the page, so elements are located afresh on every poll, never held across one.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        String problem = wait.until(d -> attribute(d, ".tile[data-check='planted-problem']", "data-status"));
        String fine = wait.until(d -> attribute(d, ".tile[data-check='planted-fine']", "data-status"));
        assertThat(problem).isEqualTo("critical");
        assertThat(fine).isEqualTo("ok");
        wait.until(d -> d.findElement(By.id("unused-table")).getText().contains("t_v_idx"));
        wait.until(d -> d.findElement(By.id("tables-table")).getText().contains("public.t"));
        String overall = wait.until(d -> d.findElement(By.id("overall")).getText());
        assertThat(overall).isEqualTo("critical");
        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isPositive();
    }

    private static String attribute(org.openqa.selenium.WebDriver driver, String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream().findFirst().map(e -> e.getAttribute(name)).orElse(null);
    }
}
