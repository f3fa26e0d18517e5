package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.SessionOptions;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.monitor.checks.SeqScanHeavyCheck;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium: tiles per check, coloured by status, the history chart redrawn by live
 * updates, the advisor's CREATE INDEX beside seq-scan-heavy, and screenshots under target/.
 */
class DashboardIT {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    static ServedDatabase served;
    static FawkesServer server;
    static ChromeDriver browser;
    static TestDatabase store;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER),
                "needs Chromium and ChromeDriver at /usr/bin (apt-get install chromium chromium-driver; .ci/run does it)");
        served = new ServedDatabase();
        plantSeqScanHeavyTable();
        store = PgTestServer.get().createDatabase();
        // Live updates and history snapshots every 2 s, so the tests see the page change without reloading it.
        server = new FawkesServer(served.connector, ServerConfig.builder().port(0).refreshInterval(Duration.ofSeconds(2))
                .checks(List.of(new PlantedCheck("planted-problem", "t", Status.CRITICAL),
                        new PlantedCheck("planted-fine", "no_such_table", Status.WARNING), new SeqScanHeavyCheck()))
                .monitorConfig(MonitorConfig.builder().set(MonitorSetting.SEQ_SCAN_MIN_ROWS, 1000).build())
                .historyStore(new PgConnector(ConnectionSettings.parse(store.jdbcUrl()), SessionOptions.forTool("history")))
                .build()).start();
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options());
    }

    // 20,000 rows read 200 times by id: sequential scans dominate, and an index on id pays for the writes (as in AdviceIT).
    private static void plantSeqScanHeavyTable() {
        if (PgTestServer.get().extensionAvailable("hypopg")) {
            served.db.execute("CREATE EXTENSION IF NOT EXISTS hypopg");
        }
        served.db.execute("""
                CREATE TABLE events (id int, kind int, payload text);
                INSERT INTO events SELECT g, g % 50, repeat('x', 40) FROM generate_series(1, 20000) g;
                ANALYZE events;
                """);
        served.db.execute("SELECT count(*) FROM events WHERE id = 17;".repeat(200));
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
        if (store != null) {
            store.close();
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

    @Test
    void historyChart_redrawsOnLiveUpdates_withoutReloadingThePage() throws Exception {
        browser.get(server.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        browser.executeScript("window.fawkesSamePage = true;");
        int drawn = wait.withMessage("the history chart was never drawn").until(d -> chartTimes(d) >= 1 ? chartTimes(d) : null);
        served.db.execute("SELECT count(*) FROM t WHERE v = 'v7';".repeat(5));
        // Only a live update calls loadHistory after the page has loaded, and the page was not reloaded.
        int later = wait.withMessage("no live update redrew the history chart with a newer snapshot")
                .until(d -> chartTimes(d) > drawn ? chartTimes(d) : null);
        assertThat(later).isGreaterThan(drawn);
        assertThat(browser.executeScript("return window.fawkesSamePage === true;")).isEqualTo(true);
        String note = wait.until(d -> text(d, "#history-note"));
        assertThat(note).isEmpty();
    }

    private static int chartTimes(WebDriver driver) {
        String times = attribute(driver, "#history-chart", "data-times");
        return times == null ? 0 : Integer.parseInt(times);
    }

    @Test
    @RequiresExtension("hypopg")
    void seqScanHeavy_showsTheAdvisorsCreateIndex_inItsTileAndItsFinding() throws Exception {
        browser.get(server.url());
        // The advisor starts when the check first flags the table and runs in the background; a live update brings its SQL.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        String tile = wait.withMessage("the seq-scan-heavy tile never showed the advisor's line")
                .until(d -> text(d, ".tile[data-check='seq-scan-heavy'] .advice"));
        assertThat(tile).isEqualTo("advisor: 1 CREATE INDEX");
        String finding = wait.until(d -> {
            String t = text(d, ".finding[data-check='seq-scan-heavy']");
            return t != null && t.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS") ? t : null;
        });
        assertThat(finding).contains("public.events").contains("ON public.events").contains("(id)");
        // Read through the wait: a live update may replace the tile between finding it and reading it.
        String status = wait.until(d -> attribute(d, ".tile[data-check='seq-scan-heavy']", "data-status"));
        assertThat(status).isEqualTo("warning");
        Path shot = Path.of("target", "dashboard-advice.png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isPositive();
    }

    @Test
    void connectionsAndLockTree_showAnotherDatabasesSessions_withTheirDatabase() throws Exception {
        try (ForeignActivity other = new ForeignActivity().awaitLockWait()) {
            browser.get(server.url());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            String waiter = wait.withMessage("the lock tree never showed the other database's waiter")
                    .until(d -> text(d, "#lock-tree li[data-pid='" + other.waiter + "'] > .database"));
            assertThat(waiter).isEqualTo(other.name());
            // Read through the wait: a live update may replace an element between finding it and reading it.
            String holder = wait.until(d -> text(d, "#lock-tree li[data-pid='" + other.holder + "'] > .database"));
            String pools = wait.until(d -> text(d, "#pool-table"));
            assertThat(holder).isEqualTo(other.name());
            assertThat(pools).contains(other.name());
        }
    }

    @Test
    void lockTree_followsLiveUpdates_withoutReloadingThePage() throws Exception {
        browser.get(server.url());
        browser.executeScript("window.fawkesSamePage = true;");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage("the lock tree never loaded").until(d -> text(d, "#lock-tree p, #lock-tree ul"));
        try (ForeignActivity other = new ForeignActivity().awaitLockWait()) {
            // The lock wait began after the page loaded: only a live update can bring it in.
            String waiter = wait.withMessage("no live update brought the new lock wait into the lock tree")
                    .until(d -> text(d, "#lock-tree li[data-pid='" + other.waiter + "'] > .database"));
            assertThat(waiter).isEqualTo(other.name());
            assertThat(browser.executeScript("return window.fawkesSamePage === true;")).isEqualTo(true);
        }
    }

    private static String text(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().findFirst().map(e -> e.getText()).orElse(null);
    }

    private static String attribute(WebDriver driver, String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream().findFirst().map(e -> e.getAttribute(name)).orElse(null);
    }
}
