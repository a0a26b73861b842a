package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk import of officers through the admin page: all lines or none, errors named by line, GBK and UTF-8. */
class OfficerImportIT {
    private static PayaraServer server;
    private static Fixtures fixtures;
    private static String township;
    private static String townshipCode;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = PayaraServer.h2();
        fixtures = new Fixtures(server);
        String county = Fixtures.unique("县");
        fixtures.department(county, "COUNTY", null);
        township = Fixtures.unique("镇");
        townshipCode = fixtures.department(township, "TOWNSHIP", county);
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    @Test
    void aFileWithOneBadLineImportsNothingAndNamesTheLine() throws IOException {
        String good = Fixtures.unique("ok");
        String csv = "username,display_name,department_code,password\n"
                + good + ",陈好人," + townshipCode + ",Initial2026\n"
                + Fixtures.unique("bad") + ",林错部门,NO-SUCH-DEPT,Initial2026\n";
        HtmlPage result = upload(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.getElementById("problems").asNormalizedText())
                .contains("3")
                .contains("NO-SUCH-DEPT");
        assertThat(result.getElementById("messages").asNormalizedText()).contains("未导入");
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(good, "Initial2026").getElementById("officerHome"))
                    .as("the good line of a refused file must not exist")
                    .isNull();
        }
    }

    @Test
    void aGbkFileFromExcelImportsEveryOfficerWithChineseNamesIntact() throws IOException {
        String first = Fixtures.unique("gbk");
        String second = Fixtures.unique("gbk");
        String csv = "用户名,姓名,部门编码,初始密码\r\n"
                + first + ",欧阳信访," + townshipCode + ",Initial2026\r\n"
                + second + ",上官接待," + townshipCode + ",Initial2026\r\n";
        HtmlPage result = upload(csv.getBytes(Charset.forName("GBK")));

        assertThat(result.getElementById("messages").asNormalizedText()).contains("已导入 2 名学员");
        HtmlPage list = fixtures.admin().get("/admin/users.xhtml");
        assertThat(list.asNormalizedText()).contains(first, "欧阳信访", second, "上官接待", township);
        try (Browser browser = new Browser(server)) {
            HtmlPage landing = browser.login(first, "Initial2026");
            assertThat(landing.getElementById("officerHome"))
                    .as("the shared first password must be changed")
                    .isNull();
            assertThat(landing.getElementById("mustChange"))
                    .as(landing.asNormalizedText())
                    .isNotNull();
            assertThat(browser.get("/learn/catalogue.xhtml").getElementById("mustChange"))
                    .isNotNull();
            HtmlPage home = browser.changePassword(landing, "Initial2026", "OuyangOwn2026");
            assertThat(home.getElementById("officerHome"))
                    .as(home.asNormalizedText())
                    .isNotNull();
        }
    }

    private HtmlPage upload(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("officers.csv"), content);
        HtmlPage page = fixtures.admin().get("/admin/import.xhtml");
        HtmlFileInput input = page.getHtmlElementById("import:file");
        input.setFiles(file.toFile());
        return fixtures.admin().click(page.getHtmlElementById("import:upload"));
    }
}
