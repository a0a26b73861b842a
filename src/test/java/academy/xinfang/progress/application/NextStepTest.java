package academy.xinfang.progress.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextStepTest {
    private static CourseCard.ItemView item(String type, String ref) {
        String href = "module".equals(type) ? "/learn/module.xhtml?id=" + ref : "/learn/quiz.xhtml?key=" + ref;
        return new CourseCard.ItemView(type, ref, ref, true, "AVAILABLE", false, 60, href, 5);
    }

    private static CourseCard card(String key, LocalDate deadline, boolean overdue, CourseCard.ItemView next) {
        return new CourseCard(
                key,
                key,
                key,
                "",
                10,
                overdue ? "OVERDUE" : "IN_PROGRESS",
                LocalDate.of(2026, 1, 1),
                false,
                deadline,
                overdue,
                next,
                next == null ? List.of() : List.of(next),
                null,
                null);
    }

    @Test
    void anOverdueCourseComesBeforeOneWithANearerDeadline() {
        List<CourseCard> cards = List.of(
                card("soon", LocalDate.of(2026, 12, 10), false, item("module", "a")),
                card("late", LocalDate.of(2026, 12, 31), true, item("quiz", "b")));

        NextStep.Step step = NextStep.of(cards, Map.of()).orElseThrow();

        assertThat(step.courseKey()).isEqualTo("late");
        assertThat(step.href()).isEqualTo("/learn/quiz.xhtml?key=b");
    }

    @Test
    void theNearestDeadlineWinsAndACourseWithoutOneComesLast() {
        List<CourseCard> cards = List.of(
                card("open-ended", null, false, item("module", "a")),
                card("later", LocalDate.of(2027, 3, 1), false, item("module", "b")),
                card("sooner", LocalDate.of(2027, 1, 1), false, item("module", "c")));

        assertThat(NextStep.of(cards, Map.of()).orElseThrow().href()).isEqualTo("/learn/module.xhtml?id=c");
    }

    @Test
    void aCompletedCourseHasNoStepAndNothingLeftGivesNone() {
        List<CourseCard> cards = List.of(card("done", LocalDate.of(2026, 1, 2), false, null));

        assertThat(NextStep.of(cards, Map.of())).isEmpty();
        assertThat(NextStep.of(
                        List.of(card("done", null, false, null), card("todo", null, false, item("module", "m"))),
                        Map.of()))
                .get()
                .extracting(NextStep.Step::courseKey)
                .isEqualTo("todo");
    }

    @Test
    void aScenarioOpensThePlayUnderWayElseItIsStartedNeverTheList() {
        CourseCard.ItemView scenario = new CourseCard.ItemView(
                "scenario",
                "angry-farmer",
                "愤怒的农民",
                true,
                "AVAILABLE",
                false,
                60,
                "/learn/roleplays.xhtml#scenario-angry-farmer",
                0);
        List<CourseCard> cards = List.of(card("c", null, false, scenario));

        NextStep.Step resume = NextStep.of(cards, Map.of("angry-farmer", 42L)).orElseThrow();
        NextStep.Step start = NextStep.of(cards, Map.of("other", 7L)).orElseThrow();

        assertThat(resume.href()).isEqualTo("/learn/roleplay.xhtml?session=42");
        assertThat(resume.startScenario()).isNull();
        assertThat(start.href()).isNull();
        assertThat(start.startScenario()).isEqualTo("angry-farmer");
    }
}
