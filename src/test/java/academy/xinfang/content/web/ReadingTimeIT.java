package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ReadingPages;
import academy.xinfang.testing.ServerTest;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Reading is earned by time on the server's clock: the test server reads 30,000 characters a minute (PayaraServer),
 * so petition-basics (about 4,500 characters) needs about 9 s of visible time, spread over its sections.
 */
class ReadingTimeIT extends ServerTest {
    private static final String MODULE = "petition-basics";

    private static String classOf(HtmlPage page, String selector) {
        DomElement element = page.querySelector(selector);
        assertThat(element).as(selector).isNotNull();
        return element.getAttribute("class");
    }

    @Test
    void sectionReportsPostedInABurstDoNotReadTheModuleWhateverDurationsTheyClaim() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("速读学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage page = ReadingPages.open(officer, MODULE);
            List<String> sections = ReadingPages.sections(page);
            assertThat(sections).hasSizeGreaterThan(5);
            boolean first = true;
            for (String section : sections) {
                // what the old page sent (seconds spent, a section reached) is ignored: only the server's clock counts
                ReadingPages.report(officer, page, true, first, "seconds: 100000, section: '" + section + "'", section);
                first = false;
            }
            ReadingPages.report(officer, page, false, false, "seconds: 100000");

            HtmlPage again = ReadingPages.open(officer, MODULE);
            assertThat(again.getElementById("progressText").asNormalizedText())
                    .doesNotContain("100%")
                    .contains("已学习 0 分钟")
                    .contains("还需阅读约");
            assertThat(again.getElementById("timeLeft")).isNotNull();
            assertThat(again.querySelectorAll("#toc li.read").size()).isLessThan(sections.size());
            assertThat(classOf(again, ".section-end[data-section='self-check']"))
                    .doesNotContain("done");
            HtmlPage catalogue = officer.get("/learn/catalogue.xhtml");
            assertThat(catalogue.getElementById("card-" + MODULE).asNormalizedText())
                    .doesNotContain(Bundle.zh("reader.completed"))
                    .contains("还需阅读约");
        }
    }

    @Test
    void theSameReportsSpacedByVisibleTimeReadTheModule() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("细读学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage before = ReadingPages.open(officer, MODULE);
            long needed = ReadingPages.sections(before).stream()
                    .mapToLong(s -> ReadingPages.millisLeft(before, s))
                    .sum();
            assertThat(needed)
                    .as("a module's reading time on the server's clock")
                    .isGreaterThanOrEqualTo(5000);
            ReadingPages.readWholeModule(officer, MODULE);

            HtmlPage again = ReadingPages.open(officer, MODULE);
            assertThat(again.getElementById("progressText").asNormalizedText()).contains("100%");
            assertThat(again.getElementById("timeLeft")).isNull();
            assertThat(again.querySelectorAll("#toc li.read")).hasSameSizeAs(again.querySelectorAll("#toc li"));
            assertThat(again.querySelectorAll(".section-end.done"))
                    .hasSameSizeAs(again.querySelectorAll(".section-end"));
            HtmlPage catalogue = officer.get("/learn/catalogue.xhtml");
            assertThat(catalogue.getElementById("card-" + MODULE).asNormalizedText())
                    .contains(Bundle.zh("reader.completed"))
                    .doesNotContain("还需阅读约");
        }
    }

    @Test
    void timeWhileThePageSaysItIsHiddenDoesNotCount() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("后台学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage page = ReadingPages.open(officer, MODULE);
            long needed = ReadingPages.millisLeft(page, "classification");
            assertThat(needed).isGreaterThan(1000);
            ReadingPages.report(officer, page, true, true, "", "classification");
            ReadingPages.report(officer, page, false, false, "", "classification");
            ReadingPages.letTimePass(officer, MODULE, needed + 500);
            ReadingPages.report(officer, page, true, false, "", "classification");
            ReadingPages.report(officer, page, false, false, "", "classification");

            HtmlPage again = ReadingPages.open(officer, MODULE);
            assertThat(classOf(again, "#toc li[data-section='objectives']")).doesNotContain("read");
            assertThat(ReadingPages.millisLeft(again, "classification"))
                    .as("only the moments it was visible counted")
                    .isGreaterThan(needed / 2);
        }
    }

    @Test
    void theProgressPanelFollowsWhenASectionIsReadWhileThePageIsOpen() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("在读学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage page = ReadingPages.open(officer, MODULE);
            long needed = ReadingPages.millisLeft(page, "objectives");
            ReadingPages.report(officer, page, true, true, "", "objectives");
            ReadingPages.letTimePass(officer, MODULE, needed + 250);
            ReadingPages.report(officer, page, true, false, "", "position-and-principles");
            assertThat(classOf(page, "#toc li[data-section='objectives']")).contains("read");
            assertThat(page.getElementById("progressText").asNormalizedText()).doesNotContain(" 0%");
            assertThat(classOf(page, ".section-end[data-section='objectives']"))
                    .as("the script marks the section's end")
                    .contains("done");
        }
    }

    @Test
    void reportsOfOneReaderFromTwoDevicesAtOnceNeverReplaceThePageWithAnError() {
        String reader = fixtures.user("双机学员", null, "OFFICER");
        try (Browser phone = new Browser(server);
                Browser desk = new Browser(server)) {
            phone.login(reader, Fixtures.PASSWORD);
            desk.login(reader, Fixtures.PASSWORD);
            HtmlPage one = ReadingPages.open(phone, MODULE);
            HtmlPage two = ReadingPages.open(desk, MODULE);
            List<String> sections = ReadingPages.sections(one);
            for (int i = 0; i < 40; i++) {
                // both sessions' requests in flight at once: they touch the same progress and section rows
                String report = "academyReadCmd({v: 1, s: '" + sections.get(i % sections.size()) + "', n: 0})";
                one.executeJavaScript(report);
                two.executeJavaScript(report);
                if (i % 4 == 3) {
                    phone.client().waitForBackgroundJavaScript(10000);
                    desk.client().waitForBackgroundJavaScript(10000);
                }
            }
            phone.client().waitForBackgroundJavaScript(10000);
            desk.client().waitForBackgroundJavaScript(10000);
            for (HtmlPage page : List.of(one, two)) {
                HtmlPage now = (HtmlPage) page.getEnclosingWindow().getEnclosedPage();
                assertThat(now.getElementById("module"))
                        .as("still the module page")
                        .isNotNull();
                assertThat(now.getElementById("progressText")).isNotNull();
            }
        }
    }
}
