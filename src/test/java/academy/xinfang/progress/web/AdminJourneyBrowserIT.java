package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.Viewport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's day on a phone and a laptop: assign a course to a department with a deadline, open the
 * completion report, find an officer by name, list the overdue officers to remind them, download the workbook. Each
 * step is photographed and checked with axe-core.
 */
class AdminJourneyBrowserIT extends BrowserTest {
    private static final String COURSE = "新任信访干部入职培训";

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void assignReportSearchRemindAndDownload(Viewport viewport) throws Exception {
        String journey = "admin";
        String county = Fixtures.unique("旅程县");
        String township = Fixtures.unique("旅程镇");
        fixtures.department(county, "COUNTY", null);
        fixtures.department(township, "TOWNSHIP", county);
        String reader = fixtures.user("旅程学员", township, "OFFICER");
        String late = fixtures.user("逾期学员", township, "OFFICER");
        // an earlier assignment with a past deadline makes this officer overdue, whatever the department's deadline
        Fixtures.assignCourse(
                fixtures.admin(),
                COURSE,
                Bundle.zh("admin.courses.kind.OFFICER"),
                null,
                late,
                "2026-01-01",
                "2026-01-02");

        use(viewport);
        logIn("/admin/courses.xhtml", "admin", PayaraServer.ADMIN_PASSWORD);
        assertThat(driver.findElement(By.id("field-username")).isDisplayed())
                .as("only the chosen target's field shows")
                .isFalse();
        checkpoint(journey, "01-assign-form", viewport);
        new Select(driver.findElement(By.id("assignForm:course"))).selectByVisibleText(COURSE);
        new Select(driver.findElement(By.id("assignForm:kind")))
                .selectByVisibleText(Bundle.zh("admin.courses.kind.DEPARTMENT"));
        Select department = new Select(driver.findElement(By.id("assignForm:department")));
        department.getOptions().stream()
                .filter(o -> o.getText().strip().equals(township))
                .findFirst()
                .orElseThrow()
                .click();
        js("document.getElementById('assignForm:start').value = '2026-01-01';"
                + " document.getElementById('assignForm:deadline').value = '2037-11-30';");
        guardHttp(driver.findElement(By.id("assignForm:save"))::click);
        assertThat(driver.findElement(By.id("messages")).getText()).contains(Bundle.zh("progress.assigned"));
        assertThat(horizontalOverflow()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        checkpoint(journey, "02-assigned", viewport);

        open("/admin/report.xhtml?course=induction");
        assertThat(driver.findElement(By.id("departments")).getText()).contains(county, "%");
        checkpoint(journey, "03-report", viewport);

        driver.findElement(By.id("q")).sendKeys("旅程学员");
        guardHttp(driver.findElement(By.id("searchButton"))::click);
        assertThat(driver.findElement(By.id("match-" + reader)).getText()).contains(township);
        assertThat(driver.findElements(By.id("match-" + late))).isEmpty();
        checkpoint(journey, "04-search", viewport);

        guardHttp(driver.findElement(By.id("remind"))::click);
        assertThat(driver.findElement(By.id("overdue-" + late)).getText())
                .contains("逾期学员", township, COURSE, "2026-01-02");
        assertThat(driver.findElements(By.id("overdue-" + reader)))
                .as("not overdue")
                .isEmpty();
        driver.findElement(By.id("copyRemind")).click();
        waitUntil(d -> !d.findElement(By.id("copyStatus")).getText().isEmpty());
        assertThat(driver.findElement(By.id("copyStatus")).getText()).isEqualTo(Bundle.zh("admin.report.copied"));
        assertThat(horizontalOverflow()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        checkpoint(journey, "05-remind", viewport);

        String href = driver.findElement(By.id("exportXlsx")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''"
                        + URLEncoder.encode(
                                COURSE + "-" + Bundle.zh("admin.report.all") + ".xlsx", StandardCharsets.UTF_8));
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(parts.get("xl/workbook.xml"))
                .contains(Bundle.zh("report.sheet.departments"), Bundle.zh("report.sheet.officers"));
        assertThat(parts.get("xl/worksheets/sheet1.xml"))
                .as("the title row names the course")
                .contains(COURSE, county);
        assertThat(parts.get("xl/worksheets/sheet2.xml")).contains(reader, late, township);
    }
}
