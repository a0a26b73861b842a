package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.quiz.web.QuizPages;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ReadingPages;
import academy.xinfang.testing.ServerTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

/**
 * Courses on the real server: the shipped courses are imported at startup, an administrator assigns one to a township,
 * an officer of a department below it sees it under "my courses" and their own progress as they read, and nobody else
 * sees that progress.
 */
class CourseAssignmentIT extends ServerTest {

    private static String status(HtmlPage page, String itemId) {
        DomElement item = page.getElementById(itemId);
        assertThat(item).as(itemId + " on " + page.asNormalizedText()).isNotNull();
        return item.getAttribute("data-status");
    }

    /** The report row of the department with this name. */
    private static DomElement row(HtmlPage page, String departmentName) {
        for (DomElement tr : page.getElementById("departments").getElementsByTagName("tr")) {
            if (tr.getId().startsWith("dept-") && tr.asNormalizedText().startsWith(departmentName)) {
                return tr;
            }
        }
        throw new AssertionError("no row for " + departmentName + " in " + page.asNormalizedText());
    }

    @Test
    void aCourseAssignedToATownshipReachesItsSubDepartmentAndEachOfficerSeesOnlyTheirOwnProgress() throws Exception {
        String county = Fixtures.unique("县");
        String township = Fixtures.unique("镇");
        String office = Fixtures.unique("办");
        String elsewhere = Fixtures.unique("乡");
        fixtures.department(county, "COUNTY", null);
        fixtures.department(township, "TOWNSHIP", county);
        fixtures.department(office, "DEPARTMENT", township);
        fixtures.department(elsewhere, "TOWNSHIP", county);
        String reader = fixtures.user("课程学员", office, "OFFICER");
        String peer = fixtures.user("同事学员", office, "OFFICER");
        String outsider = fixtures.user("外乡学员", elsewhere, "OFFICER");

        Browser admin = fixtures.admin();
        HtmlPage courses = admin.get("/admin/courses.xhtml");
        assertThat(courses.getElementById("course-induction"))
                .as("shipped course imported at startup")
                .isNotNull();
        assertThat(courses.getElementById("course-annual-refresher")).isNotNull();

        HtmlPage refused = Fixtures.assignCourse(
                admin,
                "新任信访干部入职培训",
                Bundle.zh("admin.courses.kind.DEPARTMENT"),
                township,
                null,
                "2026-03-01",
                "2026-02-01");
        assertThat(refused.getElementById("messages").asNormalizedText()).contains("早于开始日期");

        HtmlPage assigned = Fixtures.assignCourse(
                admin,
                "新任信访干部入职培训",
                Bundle.zh("admin.courses.kind.DEPARTMENT"),
                township,
                null,
                "2026-01-01",
                "2037-12-31");
        assertThat(assigned.getElementById("messages").asNormalizedText()).contains(Bundle.zh("progress.assigned"));
        assertThat(assigned.getElementById("assignments").asNormalizedText())
                .contains(township)
                .contains("2037-12-31");

        try (Browser officer = new Browser(server)) {
            officer.login(reader, Fixtures.PASSWORD);
            HtmlPage mine = officer.get("/learn/courses.xhtml");
            assertThat(mine.getElementById("course-induction")).isNotNull();
            assertThat(mine.getElementById("course-induction").getAttribute("data-state"))
                    .isEqualTo("NOT_STARTED");
            assertThat(status(mine, "item-induction-module-petition-basics")).isEqualTo("AVAILABLE");
            assertThat(status(mine, "item-induction-quiz-petition-basics")).isEqualTo("LOCKED");
            assertThat(mine.getElementById("next-induction").getAttribute("href"))
                    .endsWith("/learn/module.xhtml?id=petition-basics");
            assertThat(mine.getElementById("course-induction").asNormalizedText())
                    .contains("截止 2037-12-31");

            assertThat(mine.getElementById("item-induction-module-petition-basics")
                            .asNormalizedText())
                    .as("what is left to read")
                    .contains("还需阅读约");
            ReadingPages.readWholeModule(officer, "petition-basics");

            HtmlPage after = officer.get("/learn/courses.xhtml");
            assertThat(status(after, "item-induction-module-petition-basics")).isEqualTo("DONE");
            assertThat(after.getElementById("item-induction-module-petition-basics")
                            .asNormalizedText())
                    .doesNotContain("还需阅读约");
            assertThat(status(after, "item-induction-quiz-petition-basics")).isEqualTo("AVAILABLE");
            assertThat(status(after, "item-induction-module-quality-psychological-resilience"))
                    .isEqualTo("AVAILABLE");
            assertThat(after.getElementById("course-induction").getAttribute("data-state"))
                    .isEqualTo("IN_PROGRESS");
            assertThat(officer.status(officer.get("/admin/courses.xhtml")))
                    .as("officers do not manage courses")
                    .isEqualTo(403);
            assertThat(officer.client()
                            .getPage(server.url("/admin/report-export?course=induction&format=csv"))
                            .getWebResponse()
                            .getStatusCode())
                    .as("officers do not export reports")
                    .isEqualTo(403);
            assertThat(officer.status(officer.get("/admin/report.xhtml?course=induction")))
                    .isEqualTo(403);
        }
        try (Browser other = new Browser(server)) {
            other.login(peer, Fixtures.PASSWORD);
            HtmlPage mine = other.get("/learn/courses.xhtml");
            assertThat(status(mine, "item-induction-module-petition-basics"))
                    .as("a colleague sees their own progress, not the reader's")
                    .isEqualTo("AVAILABLE");
            assertThat(mine.getElementById("course-induction").getAttribute("data-state"))
                    .isEqualTo("NOT_STARTED");
            HtmlPage asking = other.get("/learn/courses.xhtml?user=" + reader);
            assertThat(status(asking, "item-induction-module-petition-basics"))
                    .as("the page takes no one else's name")
                    .isEqualTo("AVAILABLE");
        }
        try (Browser other = new Browser(server)) {
            other.login(outsider, Fixtures.PASSWORD);
            HtmlPage mine = other.get("/learn/courses.xhtml");
            assertThat(mine.getElementById("noCourses"))
                    .as("another township is not reached")
                    .isNotNull();
            assertThat(mine.getElementById("course-induction")).isNull();
        }

        // The administrator's report drills down from the county to the township to the department and its officers.
        HtmlPage top = admin.get("/admin/report.xhtml?course=induction");
        DomElement countyRow = row(top, county);
        assertThat(countyRow.getAttribute("data-total"))
                .as("the reader and the peer; the other township is not reached")
                .isEqualTo("2");
        assertThat(countyRow.getAttribute("data-in-progress")).isEqualTo("1");
        assertThat(countyRow.getAttribute("data-not-started")).isEqualTo("1");
        HtmlPage countyLevel = admin.click((HtmlElement) countyRow.querySelector("a"));
        DomElement townshipRow = row(countyLevel, township);
        assertThat(townshipRow.getAttribute("data-total")).isEqualTo("2");
        assertThat(row(countyLevel, elsewhere).getAttribute("data-total")).isEqualTo("0");
        HtmlPage townshipLevel = admin.click((HtmlElement) townshipRow.querySelector("a"));
        HtmlPage officeLevel =
                admin.click((HtmlElement) row(townshipLevel, office).querySelector("a"));
        assertThat(officeLevel.getElementById("officer-" + reader).getAttribute("data-state"))
                .isEqualTo("IN_PROGRESS");
        assertThat(officeLevel.getElementById("officer-" + peer).getAttribute("data-state"))
                .isEqualTo("NOT_STARTED");
        assertThat(officeLevel.getElementById("path").asNormalizedText()).contains(county, township, office);

        String csvHref = officeLevel.getElementById("exportCsv").getAttribute("href");
        Page csv = admin.client().getPage(server.url(csvHref));
        String text = csv.getWebResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.getWebResponse().getContentType()).isEqualTo("text/csv");
        assertThat(text)
                .contains(
                        "课程学员",
                        reader,
                        Bundle.zh("progress.state.IN_PROGRESS"),
                        "同事学员",
                        Bundle.zh("progress.state.NOT_STARTED"));
        String xlsxHref = officeLevel.getElementById("exportXlsx").getAttribute("href");
        Page xlsx = admin.client().getPage(server.url(xlsxHref));
        String sheet = null;
        try (var zip = new ZipInputStream(xlsx.getWebResponse().getContentAsStream())) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sheet).as("the workbook has a sheet with both officers").contains("课程学员", "同事学员");
        assertThat(xlsx.getWebResponse().getResponseHeaderValue("Content-Disposition"))
                .as("named after the course and the department")
                .contains("filename*=UTF-8''"
                        + URLEncoder.encode("新任信访干部入职培训-" + office + ".xlsx", StandardCharsets.UTF_8));

        // Completion rate and last activity per department and officer; the reader read a module, the peer nothing.
        DomElement officeRow = row(townshipLevel, office);
        assertThat(officeRow.asNormalizedText())
                .as("0 of 2 completed")
                .contains("0%")
                .doesNotContain(Bundle.zh("admin.report.never"));
        assertThat(officeLevel.getElementById("officer-" + reader).asNormalizedText())
                .doesNotContain(Bundle.zh("admin.report.never"));
        assertThat(officeLevel.getElementById("officer-" + peer).asNormalizedText())
                .contains(Bundle.zh("admin.report.never"));

        // Search by name from the top: the reader is found with their department, the peer is not listed.
        HtmlPage search = admin.get(
                "/admin/report.xhtml?course=induction&q=" + URLEncoder.encode("课程学员", StandardCharsets.UTF_8));
        assertThat(search.getElementById("match-" + reader).asNormalizedText()).contains(office);
        assertThat(search.getElementById("match-" + peer)).isNull();
    }

    @Test
    void aCourseAssignedToOneOfficerWithAPastDeadlineIsOverdue() throws Exception {
        String late = fixtures.user("逾期学员", null, "OFFICER");
        HtmlPage assigned = Fixtures.assignCourse(
                fixtures.admin(),
                "信访干部年度复训",
                Bundle.zh("admin.courses.kind.OFFICER"),
                null,
                late,
                "2026-01-01",
                "2026-01-02");
        assertThat(assigned.getElementById("messages").asNormalizedText()).contains(Bundle.zh("progress.assigned"));
        try (Browser officer = new Browser(server)) {
            officer.login(late, Fixtures.PASSWORD);
            HtmlPage mine = officer.get("/learn/courses.xhtml");
            DomElement card = mine.getElementById("course-annual-refresher");
            assertThat(card.getAttribute("data-state")).isEqualTo("OVERDUE");
            assertThat(card.getAttribute("class")).contains("overdue");
            assertThat(mine.getElementById("item-annual-refresher-quiz-final-exam")
                            .getAttribute("class"))
                    .contains("overdue");
            assertThat(card.asNormalizedText()).contains(Bundle.zh("progress.state.OVERDUE"));
        }

        // "Remind" lists the overdue officer with the course, the deadline and the progress, to copy or export.
        HtmlPage remind = fixtures.admin().get("/admin/report.xhtml?course=annual-refresher&remind=true");
        assertThat(remind.getElementById("overdue-" + late).asNormalizedText())
                .contains("逾期学员", "信访干部年度复训", "2026-01-02", "0%");
        assertThat(remind.getElementById("remindText").getTextContent()).contains("逾期学员", "信访干部年度复训", "2026-01-02");
        assertThat(remind.getElementById("copyRemind")).isNotNull();
        Page list = fixtures.admin()
                .client()
                .getPage(server.url(remind.getElementById("exportRemind").getAttribute("href")));
        assertThat(list.getWebResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(late, "信访干部年度复训", "2026-01-02");
        assertThat(list.getWebResponse().getResponseHeaderValue("Content-Disposition"))
                .contains("filename*=UTF-8''" + URLEncoder.encode("逾期提醒-", StandardCharsets.UTF_8));
    }

    @Test
    void theHomePageContinuesTheMostUrgentCourseAndMarksItOverdueOnce() {
        String officer = fixtures.user("今日学员", null, "OFFICER");
        Browser admin = fixtures.admin();
        String kind = Bundle.zh("admin.courses.kind.OFFICER");
        Fixtures.assignCourse(admin, "信访干部年度复训", kind, null, officer, "2026-01-01", "2037-12-31");
        Fixtures.assignCourse(admin, "新任信访干部入职培训", kind, null, officer, "2026-01-01", "2026-01-02");
        try (Browser browser = new Browser(server)) {
            HtmlPage home = browser.login(officer, Fixtures.PASSWORD);
            assertThat(home.getElementById("officerHome")).isNotNull();
            // the overdue induction course comes first: its first module, the page itself, not a list
            assertThat(home.getElementById("continueLearning").getAttribute("href"))
                    .endsWith("/learn/module.xhtml?id=petition-basics");
            DomElement induction = home.getElementById("home-course-induction");
            assertThat(induction.getAttribute("class")).contains("overdue");
            assertThat(induction.querySelectorAll(".late"))
                    .as("overdue said once for the course")
                    .hasSize(1);
            assertThat(home.getElementById("home-course-annual-refresher").querySelectorAll(".late"))
                    .isEmpty();
            assertThat(home.getElementById("noResults")).as("no results yet").isNotNull();

            HtmlPage module = browser.click(home.getHtmlElementById("continueLearning"));
            assertThat(module.getElementById("moduleTitle")).isNotNull();
            ReadingPages.readWholeModule(browser, "petition-basics");

            HtmlPage after = browser.get("/officer/home.xhtml");
            assertThat(after.getElementById("continueLearning").getAttribute("href"))
                    .as("the module read, its quiz is next")
                    .endsWith("/learn/quiz.xhtml?key=petition-basics");
            assertThat(after.getElementById("home-course-induction")
                            .querySelector("progress")
                            .getAttributes()
                            .getNamedItem("value")
                            .getNodeValue())
                    .isNotEqualTo("0");

            // on the courses page too, the overdue course says so once, not on each item
            HtmlPage mine = browser.get("/learn/courses.xhtml");
            assertThat(mine.getElementById("course-induction").querySelectorAll(".late"))
                    .hasSize(1);

            // a quiz handed in blank: the home page lists it under its title, failed, linked to its review
            HtmlPage attempt = QuizPages.start(browser, "petition-basics");
            String attemptId = QuizPages.attemptId(attempt);
            QuizPages.submit(browser, attempt);
            DomElement result =
                    browser.get("/officer/home.xhtml").getElementById("recent").querySelector("li.result.quiz");
            assertThat(result.asNormalizedText())
                    .contains(Bundle.zh("progress.type.quiz") + " · 测验：信访工作与2022年《信访工作条例》基础")
                    .contains(Bundle.zh("home.recent.failed"));
            assertThat(result.querySelector("a")
                            .getAttributes()
                            .getNamedItem("href")
                            .getNodeValue())
                    .endsWith("/learn/review.xhtml?id=" + attemptId);
        }
    }

    @Test
    void continuingAScenarioStartsItsPlayAndOpensIt() throws Exception {
        String officer = fixtures.user("演练学员", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            HtmlPage home = browser.login(officer, Fixtures.PASSWORD);
            String token = home.getElementByName("token").getAttribute("value");
            WebRequest post = new WebRequest(new URL(server.url("/learn/continue")), HttpMethod.POST);
            post.setRequestParameters(
                    List.of(new NameValuePair("token", token), new NameValuePair("scenario", "first-time-land")));
            Page play = browser.client().getPage(post);
            assertThat(play.getUrl().toString()).contains("/learn/roleplay.xhtml?session=");

            WebRequest forged = new WebRequest(new URL(server.url("/learn/continue")), HttpMethod.POST);
            forged.setRequestParameters(List.of(new NameValuePair("scenario", "first-time-land")));
            browser.client().getOptions().setThrowExceptionOnFailingStatusCode(false);
            assertThat(browser.client().getPage(forged).getWebResponse().getStatusCode())
                    .as("no token, no play")
                    .isEqualTo(403);

            WebRequest blank = new WebRequest(new URL(server.url("/learn/continue")), HttpMethod.POST);
            blank.setRequestParameters(List.of(new NameValuePair("token", token), new NameValuePair("scenario", "")));
            Page refused = browser.client().getPage(blank);
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(refused.getWebResponse().getContentAsString())
                    .as("the shared refusal page names the parameter")
                    .contains("scenario");
        }
    }

    /**
     * Posts the form with a value its select does not offer, as a forged or stale post would send, and returns the
     * page's messages.
     */
    private static String postBadValue(Browser admin, HtmlPage page, String selectId, String saveId) {
        page.executeJavaScript("var s = document.getElementById('" + selectId + "');"
                + " var o = document.createElement('option'); o.value = 'abc'; o.text = 'abc';"
                + " s.appendChild(o); s.value = 'abc';");
        return admin.click(page.getHtmlElementById(saveId))
                .getElementById("messages")
                .asNormalizedText();
    }

    @Test
    void aValueThatDoesNotConvertIsRefusedInWordsFromTheBundleNamingTheField() {
        Browser admin = fixtures.admin();
        HtmlPage courses = admin.get("/admin/courses.xhtml");
        Browser.select(courses, "assignForm:course", "信访干部年度复训");
        Browser.select(courses, "assignForm:kind", Bundle.zh("admin.courses.kind.DEPARTMENT"));
        Browser.type(courses, "assignForm:start", "2026-01-01");
        String assignRefused = postBadValue(admin, courses, "assignForm:department", "assignForm:save");
        HtmlPage user = admin.get("/admin/user.xhtml");
        Browser.type(user, "user:username", Fixtures.unique("bad"));
        Browser.type(user, "user:displayName", "转换学员");
        String userRefused = postBadValue(admin, user, "user:department", "user:save");

        assertThat(assignRefused).contains(Bundle.zh("admin.courses.department") + "：“abc”");
        assertThat(userRefused).contains(Bundle.zh("user.department") + "：“abc”");
        for (String refused : List.of(assignRefused, userRefused)) {
            assertThat(refused).doesNotContain("j_idt", "assignForm:", "user:", "Validation Error", "must be", "必须是");
        }
    }

    @Test
    void aCourseAssignedToACohortReachesItsMembersWhereverTheyWork() {
        String member = fixtures.user("学习班学员", null, "OFFICER");
        String cohort = Fixtures.unique("学习班");
        Browser admin = fixtures.admin();
        HtmlPage page = admin.get("/admin/courses.xhtml");
        Browser.type(page, "cohortForm:name", cohort);
        HtmlPage created = admin.click(page.getHtmlElementById("cohortForm:create"));
        assertThat(created.getElementById("messages").asNormalizedText()).contains(cohort);

        Browser.select(created, "memberForm:cohort", cohort);
        Browser.type(created, "memberForm:username", member);
        HtmlPage added = admin.click(created.getHtmlElementById("memberForm:add"));
        assertThat(added.getElementById("cohortList").asNormalizedText()).contains(cohort, member);
        Browser.select(added, "memberForm:cohort", cohort);
        Browser.type(added, "memberForm:username", member);
        HtmlPage twice = admin.click(added.getHtmlElementById("memberForm:add"));
        assertThat(twice.getElementById("messages").asNormalizedText()).contains("已在学习班");

        HtmlPage form = admin.get("/admin/courses.xhtml");
        Browser.select(form, "assignForm:course", "信访干部年度复训");
        Browser.select(form, "assignForm:kind", Bundle.zh("admin.courses.kind.COHORT"));
        Browser.select(form, "assignForm:cohort", cohort);
        Browser.type(form, "assignForm:start", "2037-06-01");
        HtmlPage assigned = admin.click(form.getHtmlElementById("assignForm:save"));
        assertThat(assigned.getElementById("messages").asNormalizedText()).contains(Bundle.zh("progress.assigned"));

        try (Browser officer = new Browser(server)) {
            officer.login(member, Fixtures.PASSWORD);
            HtmlPage mine = officer.get("/learn/courses.xhtml");
            DomElement card = mine.getElementById("course-annual-refresher");
            assertThat(card).as(mine.asNormalizedText()).isNotNull();
            assertThat(card.getAttribute("data-state")).isEqualTo("NOT_STARTED");
            assertThat(card.asNormalizedText()).as("no deadline, no due date").doesNotContain("截止");
            assertThat(card.asNormalizedText())
                    .as("a course not open yet says when it opens")
                    .contains("2037-06-01 开课");
        }
    }

    @Test
    void theAssignmentFormShowsOnlyTheChosenTargetAndEveryDeletionNamesWhatItDeletes() {
        String county = Fixtures.unique("县");
        fixtures.department(county, "COUNTY", null);
        String officer = fixtures.user("撤销学员", county, "OFFICER");
        Browser admin = fixtures.admin();
        HtmlPage form = admin.get("/admin/courses.xhtml");
        assertThat(form.getElementById("field-department").hasAttribute("hidden"))
                .as("a department is the default target")
                .isFalse();
        assertThat(form.getElementById("field-cohort").hasAttribute("hidden")).isTrue();
        assertThat(form.getElementById("field-username").hasAttribute("hidden")).isTrue();
        Browser.select(form, "assignForm:kind", Bundle.zh("admin.courses.kind.OFFICER"));
        assertThat(form.getElementById("field-username").hasAttribute("hidden"))
                .as("choosing an officer shows the username field")
                .isFalse();
        assertThat(form.getElementById("field-department").hasAttribute("hidden"))
                .isTrue();

        HtmlPage assigned = Fixtures.assignCourse(
                admin, "信访干部年度复训", Bundle.zh("admin.courses.kind.OFFICER"), null, officer, "2026-01-01", "2037-12-31");
        assertThat(assigned.getElementById("messages").asNormalizedText()).contains(Bundle.zh("progress.assigned"));
        boolean named = false;
        for (DomElement button : assigned.getElementById("assignments").getElementsByTagName("input")) {
            String question = button.getAttribute("data-confirm");
            named |= question.contains("信访干部年度复训") && question.contains(officer);
        }
        assertThat(named)
                .as("the withdraw question names the course and the officer")
                .isTrue();

        HtmlPage departments = admin.get("/admin/departments.xhtml");
        assertThat(departments.getElementById("tree").asXml())
                .as("the delete question names the department")
                .contains("确定删除部门“" + county + "”");
    }

    @Test
    void aDepartmentIsRenamedOnThePageUnlessTheNameIsEmptyOrTakenBySibling() {
        String county = Fixtures.unique("县");
        String first = Fixtures.unique("镇");
        String second = Fixtures.unique("镇");
        fixtures.department(county, "COUNTY", null);
        fixtures.department(first, "TOWNSHIP", county);
        fixtures.department(second, "TOWNSHIP", county);
        Browser admin = fixtures.admin();

        HtmlPage page = admin.get("/admin/departments.xhtml");
        Browser.select(page, "rename:department", second);
        Browser.type(page, "rename:newName", first);
        HtmlPage taken = admin.click(page.getHtmlElementById("rename:doRename"));
        assertThat(taken.getElementById("messages").asNormalizedText())
                .as("a sibling already has that name")
                .contains(Bundle.zh("department.nameTaken").replace("{0}", first));

        Browser.select(taken, "rename:department", second);
        Browser.type(taken, "rename:newName", "   ");
        HtmlPage empty = admin.click(taken.getHtmlElementById("rename:doRename"));
        assertThat(empty.getElementById("messages").asNormalizedText()).contains(Bundle.zh("department.badName"));

        String renamed = Fixtures.unique("新镇");
        HtmlPage again = admin.get("/admin/departments.xhtml");
        Browser.select(again, "rename:department", second);
        Browser.type(again, "rename:newName", "  " + renamed + " ");
        HtmlPage done = admin.click(again.getHtmlElementById("rename:doRename"));
        assertThat(done.getElementById("messages").asNormalizedText())
                .contains(Bundle.zh("department.renamed").replace("{0}", renamed));
        assertThat(done.getElementById("tree").asNormalizedText())
                .contains(renamed)
                .doesNotContain(second);
    }
}
