package academy.xinfang.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("academy-chromium"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(phone ? new Dimension(360, 740) : new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** A 20-second wait that survives ajax replacing the element it is looking at. */
    public static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits for the document and for any PrimeFaces ajax request to finish, instead of sleeping. */
    public static void settle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && "
                        + "(!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }
}
