package academy.xinfang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

/**
 * Base of browser tests, in the style of OmniFaces' own integration tests: one headless Chromium per test class,
 * started before its first test and quit after its last, and helpers that wait for what an action causes instead of
 * sleeping: {@link #guardHttp} (a new page), {@link #guardAjax} (a PrimeFaces ajax update), {@link #waitUntil}.
 * Between tests the browser forgets its cookies and storage, shows a blank page at desktop size, and enforces the
 * Content-Security-Policy again. A test fails when any page it showed broke that policy (an inline script or handler
 * without the nonce, an eval), so that a new page cannot regress silently.
 */
public abstract class BrowserTest extends ServerTest {
    protected static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start(false);
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @AfterEach
    void forgetTheTest() {
        List<String> violations = Chromium.cspViolations(driver);
        js("try { window.sessionStorage.clear(); window.localStorage.clear(); } catch (e) { }");
        driver.manage().deleteAllCookies();
        Chromium.enforceCsp(driver);
        Chromium.resize(driver, false);
        driver.get("about:blank");
        assertThat(violations)
                .as("Content-Security-Policy violations in the browser")
                .isEmpty();
    }

    /** Makes the browser a 360 x 740 phone for the rest of this test. */
    protected static void usePhone() {
        Chromium.resize(driver, true);
    }

    /** Gives the browser this screen size for the rest of this test. */
    protected static void use(Viewport viewport) {
        driver.manage().window().setSize(viewport.dimension());
    }

    /**
     * A journey's checkpoint on the page shown now: saves its screenshot ({@link Screens}) and fails on any
     * accessibility violation of impact serious or critical ({@link Axe}).
     */
    protected static void checkpoint(String journey, String step, Viewport viewport) {
        Screens.shoot(driver, journey, step, viewport);
        assertThat(Axe.seriousViolations(driver, journey + "/" + step + "-" + viewport.label()))
                .as("serious or critical accessibility violations at " + journey + "/" + step + " (" + viewport.label()
                        + ", " + driver.getCurrentUrl() + ")")
                .isEmpty();
    }

    /** Opens a page of the server and waits until it is loaded and its ajax is done. */
    protected static void open(String path) {
        guardHttp(() -> driver.get(server.url(path)));
    }

    /** Opens the path (the container shows the login form first), logs in, and waits for the page after it. */
    protected static void logIn(String path, String username) {
        logIn(path, username, Fixtures.PASSWORD);
    }

    protected static void logIn(String path, String username, String password) {
        open(path);
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        try {
            guardHttp(driver.findElement(By.id("loginSubmit"))::click);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "no page after login at " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
        }
        assertThat(driver.findElements(By.id("topForm:whoami")).size()
                        + driver.findElements(By.id("loginError")).size())
                .as("a page after login at " + driver.getCurrentUrl())
                .isPositive();
    }

    /**
     * Runs an action that loads a new page (a link, a non-ajax button, a navigation) and waits until the new page is
     * loaded and its own ajax is done: a marker left on the old page's window is gone from the new one.
     */
    protected static void guardHttp(Runnable action) {
        String marker = mark();
        action.run();
        waitUntil(d -> !marker.equals(js("return window.__guard || '';")) && idle());
    }

    /**
     * Runs an action that sends PrimeFaces (jQuery) ajax and waits until every request is answered and its update
     * applied, checking that the page stayed the same (the marker left on it is still there).
     */
    protected static void guardAjax(Runnable action) {
        String marker = mark();
        action.run();
        waitUntil(d -> idle());
        assertThat(js("return window.__guard || '';"))
                .as("the ajax action stayed on the page")
                .isEqualTo(marker);
    }

    /** Waits until the document is loaded and neither PrimeFaces nor jQuery has a request under way. */
    protected static void waitForAjax() {
        waitUntil(d -> idle());
    }

    /** Waits up to 20 seconds for the condition to hold (a non-null, non-false result), ajax replacing elements. */
    protected static <T> T waitUntil(Function<WebDriver, T> condition) {
        return Chromium.waitFor(driver).until(condition);
    }

    protected static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** How many pixels the page is wider than the window: above 0 it scrolls sideways. */
    protected static long horizontalOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    private static String mark() {
        String marker = UUID.randomUUID().toString();
        js("window.__guard = arguments[0];", marker);
        return marker;
    }

    private static boolean idle() {
        return Boolean.TRUE.equals(js("return document.readyState === 'complete'"
                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                + " && (!window.jQuery || jQuery.active === 0);"));
    }
}
