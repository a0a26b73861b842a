package academy.xinfang.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** Reading a module page in Chromium as a reader does, for the browser tests of reading and of an officer's day. */
public final class BrowserReading {
    /** Sections whose end is on screen or above it and not yet marked read. */
    private static final String UNREAD_ENDS_IN_VIEW = """
            return Array.from(document.querySelectorAll('.section-end')).filter(function (e) {
              var li = document.querySelector('#toc li[data-section="' + e.getAttribute('data-section') + '"]');
              return e.getBoundingClientRect().top < window.innerHeight && !li.classList.contains('read');
            }).length;""";

    private BrowserReading() {}

    /**
     * Scrolls down with the wheel, a screen at a time, staying on each screen until every section that ends on it or
     * above it is read, as a reader would stay until they have read it; returns at the bottom of the page.
     */
    public static void toTheEnd(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int i = 0; i < 200; i++) {
            Chromium.waitFor(driver).until(d -> ((Long) js.executeScript(UNREAD_ENDS_IN_VIEW)) == 0L);
            Boolean bottom = (Boolean)
                    js.executeScript("return window.innerHeight + window.scrollY >= document.body.scrollHeight - 2;");
            if (Boolean.TRUE.equals(bottom)) {
                return;
            }
            new Actions(driver).scrollByAmount(0, 500).perform();
        }
    }
}
