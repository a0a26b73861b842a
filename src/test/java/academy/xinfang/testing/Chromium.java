package academy.xinfang.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through Selenium, for {@code *BrowserIT}. Selenium Manager never downloads anything: the
 * binary and driver are the system's. Missing Chromium skips browser tests with a loud message on a developer
 * machine and fails them with {@code CI=true} (or {@code -Dacademy.browser=true}).
 */
public final class Chromium {
    private static final Path BINARY = Paths.get(System.getProperty("academy.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Paths.get(System.getProperty("academy.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {}

    /** A phone-sized (360 x 740) or desktop-sized headless browser. */
    public static WebDriver start(boolean phone) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            String reason = "Chromium or ChromeDriver missing (" + BINARY + ", " + DRIVER + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || "true".equals(System.getProperty("academy.browser"))) {
                throw new IllegalStateException("Browser tests are required but " + reason);
            }
            System.err.println("\n*** BROWSER TESTS SKIPPED: " + reason
                    + "\n*** install chromium and chromium-driver (see .ci/run) to include them.\n");
            Assumptions.abort("browser tests skipped: " + reason);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        try {
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("academy-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        resize(driver, phone);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        return driver;
    }

    /**
     * Runs in every document before its own scripts: records each Content-Security-Policy violation, and each call of
     * {@code window.__xss(marker)} (what the XSS payloads of the tests call), in the tab's sessionStorage, so that what
     * happened on one page is still known after the next navigation.
     */
    private static final String WATCH = """
            (function () {
              var key = 'academy.test.events';
              function record(kind, detail) {
                try {
                  var list = JSON.parse(window.sessionStorage.getItem(key) || '[]');
                  list.push(kind + ' ' + detail + ' at ' + window.location.pathname + window.location.search);
                  window.sessionStorage.setItem(key, JSON.stringify(list));
                } catch (e) { /* about:blank and data: documents have no storage */ }
              }
              window.__xss = function (marker) { record('SCRIPT RAN:', String(marker)); };
              document.addEventListener('securitypolicyviolation', function (e) {
                record('CSP VIOLATION:', e.effectiveDirective + ' blocked ' + (e.blockedURI || '') + ' '
                    + (e.sample || '') + ' (' + (e.sourceFile || '') + ':' + e.lineNumber + ')');
              });
            })();
            """;

    /** What {@link #WATCH} recorded in this tab so far: CSP violations and XSS markers that ran. */
    public static List<String> events(WebDriver driver) {
        Object list = ((JavascriptExecutor) driver)
                .executeScript(
                        "try { return JSON.parse(window.sessionStorage.getItem('academy.test.events') || '[]'); }"
                                + " catch (e) { return []; }");
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Forgets what {@link #WATCH} recorded so far in this tab. */
    public static void clearEvents(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.sessionStorage.removeItem('academy.test.events');");
    }

    /** The CSP violations among {@link #events}. */
    public static List<String> cspViolations(WebDriver driver) {
        return events(driver).stream()
                .filter(e -> e.startsWith("CSP VIOLATION:"))
                .toList();
    }

    /**
     * Lets this browser ignore the server's Content-Security-Policy from the next navigation on, so that a test can
     * show that escaping alone keeps a payload inert.
     */
    public static void bypassCsp(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    }

    /** Makes the window phone-sized (360 x 740) or desktop-sized (1280 x 900). */
    public static void resize(WebDriver driver, boolean phone) {
        driver.manage().window().setSize(phone ? new Dimension(360, 740) : new Dimension(1280, 900));
    }

    /** Undoes {@link #bypassCsp} from the next navigation on. */
    public static void enforceCsp(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
    }

    /** A 20-second wait that survives ajax replacing the element it is looking at. */
    public static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
