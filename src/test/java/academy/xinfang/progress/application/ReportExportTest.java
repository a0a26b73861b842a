package academy.xinfang.progress.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.progress.export.XlsxExport;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The report's files and the reminder, read in Chinese from the real bundle. */
class ReportExportTest {

    private static final ResourceBundle ZH =
            ResourceBundle.getBundle("academy.xinfang.platform.i18n.messages", Locale.SIMPLIFIED_CHINESE);
    private static final BiFunction<String, Object[], String> TEXT =
            (key, args) -> new MessageFormat(ZH.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);

    private static final CompletionReport.Counts COUNTS = new CompletionReport.Counts(3, 1, 1, 0, 1);

    private static CompletionReport report(Long departmentId, String departmentName) {
        CompletionReport.OfficerRow late = new CompletionReport.OfficerRow(
                "zhang", "张三", "城关镇", "OVERDUE", 50, LocalDate.of(2026, 11, 30), Instant.parse("2026-11-02T01:30:00Z"));
        CompletionReport.OfficerRow done =
                new CompletionReport.OfficerRow("li", "李四", "城关镇", "COMPLETED", 100, LocalDate.of(2026, 11, 30), null);
        CompletionReport.OfficerRow later =
                new CompletionReport.OfficerRow("wang", "王五", null, "OVERDUE", 0, LocalDate.of(2026, 12, 1), null);
        return new CompletionReport(
                "induction",
                "入职培训",
                "Induction",
                departmentId,
                departmentName,
                List.of(),
                COUNTS,
                List.of(new CompletionReport.DepartmentRow(7, "城关镇", "TOWNSHIP", COUNTS, false, null)),
                List.of(done),
                List.of(later, done, late));
    }

    @Test
    void theCompletionRateIsTheShareOfOfficersReachedWhoCompletedRoundedDown() {
        assertThat(COUNTS.rate()).isEqualTo(33);
        assertThat(new CompletionReport.Counts(0, 0, 0, 0, 0).rate()).isZero();
    }

    @Test
    void theReminderListsOnlyTheOverdueEarliestDeadlineFirstWithDepartmentCourseDeadlineAndProgress() {
        CompletionReport report = report(7L, "城关镇");
        assertThat(report.overdue())
                .extracting(CompletionReport.OfficerRow::username)
                .containsExactly("zhang", "wang");
        assertThat(ReportExport.reminderText(report, TEXT))
                .isEqualTo("张三（城关镇）：课程“入职培训”已于 2026-11-30 截止，必修内容完成 50%，请尽快完成。\n"
                        + "王五（—）：课程“入职培训”已于 2026-12-01 截止，必修内容完成 0%，请尽快完成。\n");
        assertThat(ReportExport.reminder(report, TEXT).rows().get(0))
                .containsExactly("张三", "zhang", "城关镇", "入职培训", "2026-11-30", 50);
    }

    @Test
    void theSearchMatchesPartOfANameOrUsernameIgnoringCase() {
        CompletionReport report = report(7L, "城关镇");
        assertThat(report.matching("李"))
                .extracting(CompletionReport.OfficerRow::username)
                .containsExactly("li");
        assertThat(report.matching(" WANG "))
                .extracting(CompletionReport.OfficerRow::username)
                .containsExactly("wang");
        assertThat(report.matching("  ")).isEmpty();
    }

    @Test
    void theWorkbookHasADepartmentsAndAnOfficersSheetUnderATitleOfCourseDepartmentAndDay() {
        List<XlsxExport.Sheet> sheets = ReportExport.workbook(report(7L, "城关镇"), LocalDate.of(2026, 12, 5), TEXT);
        assertThat(sheets).extracting(XlsxExport.Sheet::name).containsExactly("各部门", "学员");
        assertThat(sheets.get(0).title()).isEqualTo("课程“入职培训”完成情况 · 城关镇 · 截至 2026-12-05");
        assertThat(sheets.get(0).table().rows().get(0)).contains("城关镇", 33);
        assertThat(sheets.get(1).table().rows())
                .as("every officer at this level and below, with the last activity in China time")
                .hasSize(3)
                .anySatisfy(row -> assertThat(row).contains("张三", "城关镇", "2026-11-02 09:30"));
    }

    @Test
    void theFileIsNamedAfterTheCourseAndTheDepartmentWithAnAsciiFallback() {
        assertThat(ReportExport.fileName(report(7L, "城关镇"), "xlsx", TEXT)).isEqualTo("入职培训-城关镇.xlsx");
        assertThat(ReportExport.fileName(report(null, null), "csv", TEXT)).isEqualTo("入职培训-全部.csv");
        assertThat(ReportExport.fileName(report(7L, "A/B:镇"), "xlsx", TEXT)).isEqualTo("入职培训-A_B_镇.xlsx");
        assertThat(ReportExport.asciiFileName(report(7L, "城关镇"), "xlsx")).isEqualTo("completion-induction-7.xlsx");
    }
}
