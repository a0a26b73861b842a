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

    @Test
    void theLogSaysInWordsWhatWasDoneToWhichDepartmentAndCourse() {
        String township = Fixtures.unique("审计镇");
        fixtures.department(township, "COUNTY", null);
        HtmlPage assigned = Fixtures.assignCourse(
                fixtures.admin(),
                "新任信访干部入职培训",
                Bundle.zh("admin.courses.kind.DEPARTMENT"),
                township,
                null,
                "2026-01-01",
                "2037-11-30");
        assertThat(assigned.getElementById("messages").asNormalizedText()).contains(Bundle.zh("progress.assigned"));
        HtmlPage log = fixtures.admin().get("/admin/audit.xhtml?action=COURSE_ASSIGNED");
        assertThat(log.getElementById("auditTable").asNormalizedText())
                .contains("给 " + township + " 分配课程 新任信访干部入职培训，截止 2037-11-30");
        for (String id : new String[] {"actor", "action", "from", "to"}) {
            assertThat(log.querySelectorAll("label[for=" + id + "]").size())
                    .as("label of " + id)
                    .isPositive();
        }
        assertThat(log.getElementById("filter").asNormalizedText()).isEqualTo(Bundle.zh("action.filter"));
    }
}
