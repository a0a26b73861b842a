package academy.xinfang.testing;

import java.time.Duration;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;

/**
 * Drives the module reader's reports from a test. A section is read only after it has been on a visible page for its
 * reading time on the server's clock; instead of waiting for it, the test lets that time pass ({@link #letTimePass},
 * through {@link TimeTravel}) between two reports. The page's own timers are stopped on opening, so the test alone
 * decides when the page reports.
 */
public final class ReadingPages {
    private static final long MARGIN_MILLIS = 250;

    private ReadingPages() {}

    /** Opens a module page with its own reports (timer, scroll observer) stopped. */
    public static HtmlPage open(Browser browser, String moduleKey) {
        HtmlPage page = browser.get("/learn/module.xhtml?id=" + moduleKey);
        page.getEnclosingWindow().getJobManager().removeAllJobs();
        return page;
    }

    /** One report of the page, as its script sends it, plus any extra parameters (a JS object's members). */
    public static void report(
            Browser browser, HtmlPage page, boolean visible, boolean pageStart, String extra, String... sections) {
        page.executeJavaScript("academyReadCmd({v: " + (visible ? 1 : 0) + ", s: '" + String.join(" ", sections)
                + "', n: " + (pageStart ? 1 : 0) + (extra.isEmpty() ? "" : ", " + extra) + "})");
        browser.client().waitForBackgroundJavaScript(5000);
    }

    /** The section ids of the page, in order. */
    public static List<String> sections(HtmlPage page) {
        return page.querySelectorAll(".module-section[data-section]").stream()
                .map(n -> ((DomElement) n).getAttribute("data-section"))
                .toList();
    }

    /** The reading time a section still needed when the page (or its contents) was last rendered. */
    public static long millisLeft(HtmlPage page, String section) {
        DomNode item = page.querySelector("#toc li[data-section='" + section + "']");
        return Long.parseLong(((DomElement) item).getAttribute("data-left"));
    }

    /** Reads the first {@code count} sections of a module as a reader would: each on screen for as long as it needs. */
    public static HtmlPage read(Browser browser, String moduleKey, int count) {
        HtmlPage page = open(browser, moduleKey);
        List<String> keys = sections(page);
        List<String> reading = keys.subList(0, Math.min(count, keys.size()));
        boolean first = true;
        for (String key : reading) {
            report(browser, page, true, first, "", key);
            first = false;
            letTimePass(browser, moduleKey, millisLeft(page, key) + MARGIN_MILLIS);
        }
        report(browser, page, false, first, "");
        return page;
    }

    /** Reads every section of a module. */
    public static HtmlPage readWholeModule(Browser browser, String moduleKey) {
        return read(browser, moduleKey, Integer.MAX_VALUE);
    }

    /** As if the page had stayed as its last report said for {@code millis}: what reading is measured by. */
    public static void letTimePass(Browser browser, String moduleKey, long millis) {
        TimeTravel.readingReport(browser.server(), browser.username(), moduleKey, Duration.ofMillis(millis));
    }
}
