package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Administrative actions land in the audit log, which only administrators can read. */
class AuditIT extends ServerTest {

    @Test
    void creatingAUserAndADepartmentIsLoggedWithWhoAndWhat() {
        String department = fixtures.department("审计县", "COUNTY", null);
        String officer = fixtures.user("审计学员", null, "OFFICER");
        HtmlPage all = fixtures.admin().get("/admin/audit.xhtml");
        assertThat(all.getElementById("auditTable").asNormalizedText())
                .contains(
                        "admin",
                        Bundle.zh("audit.action.USER_CREATED"),
                        officer,
                        Bundle.zh("audit.action.DEPARTMENT_CREATED"),
                        department,
                        "审计县");

        HtmlPage created = fixtures.admin().get("/admin/audit.xhtml?action=USER_CREATED&actor=admin");
        assertThat(created.getElementById("auditTable").asNormalizedText())
                .contains(officer)
                .doesNotContain(department);
        HtmlPage nobody = fixtures.admin().get("/admin/audit.xhtml?actor=nobody");
        assertThat(nobody.getElementById("auditTotal").asNormalizedText()).contains("共 0 条");

        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            assertThat(browser.status(browser.get("/admin/audit.xhtml"))).isEqualTo(403);
        }
    }
}
