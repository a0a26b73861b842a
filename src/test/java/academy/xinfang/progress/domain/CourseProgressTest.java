package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.testing.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

    /** Three mandatory items (module:m1, quiz:m1, scenario:s1 at 70) and three optional ones around them. */
    private static final Course COURSE =
            CourseLoader.load("c.yaml", """
            key: c
            title: {zh: 课, en: Course}
            items:
              - {type: module, ref: intro, mandatory: false}
              - {type: module, ref: m1}
              - {type: quiz, ref: m1, prerequisites: [module:m1]}
              - {type: module, ref: m2, mandatory: false}
              - {type: scenario, ref: s1, threshold: 70, prerequisites: [quiz:m1]}
              - {type: quiz, ref: q2, mandatory: false, prerequisites: [scenario:s1]}
            """).course().orElseThrow();

    private static final ItemKey INTRO = new ItemKey(ItemType.MODULE, "intro");
    private static final ItemKey M1 = new ItemKey(ItemType.MODULE, "m1");
    private static final ItemKey Q1 = new ItemKey(ItemType.QUIZ, "m1");
    private static final ItemKey M2 = new ItemKey(ItemType.MODULE, "m2");
    private static final ItemKey S1 = new ItemKey(ItemType.SCENARIO, "s1");
    private static final ItemKey Q2 = new ItemKey(ItemType.QUIZ, "q2");

    private static final Instant DEADLINE = Instant.parse("2026-12-01T00:00:00Z");
    private static final Clock BEFORE = TestClock.FIXED;
    private static final Clock AFTER = TestClock.at(Instant.parse("2026-12-01T00:00:01Z"));

    private final Map<ItemKey, ItemFact> facts = new HashMap<>();

    private CourseProgress progress() {
        return CourseProgress.of(COURSE, facts, DEADLINE, BEFORE);
    }

    private static List<ItemStatus> statuses(CourseProgress p) {
        return p.items().stream().map(ItemProgress::status).toList();
    }

    private void allMandatoryDone() {
        facts.put(M1, new ItemFact.Module(true, true));
        facts.put(Q1, new ItemFact.Quiz(true, true));
        facts.put(S1, new ItemFact.Scenario(70, false));
    }

    @Test
    void untouchedCourseOpensOnlyItemsWithoutPrerequisites() {
        CourseProgress p = progress();

        assertThat(statuses(p))
                .containsExactly(
                        ItemStatus.AVAILABLE,
                        ItemStatus.AVAILABLE,
                        ItemStatus.LOCKED,
                        ItemStatus.AVAILABLE,
                        ItemStatus.LOCKED,
                        ItemStatus.LOCKED);
        assertThat(p.percentMandatoryDone()).isZero();
        assertThat(p.complete()).isFalse();
        assertThat(p.state()).isEqualTo(CourseState.NOT_STARTED);
    }

    @Test
    void nextIsTheFirstOpenMandatoryItemEvenAfterAnEarlierOptionalOne() {
        assertThat(progress().next()).map(CourseItem::key).contains(M1);
    }

    @Test
    void startedModuleIsInProgressAndKeepsItsQuizLocked() {
        facts.put(M1, new ItemFact.Module(true, false));

        CourseProgress p = progress();

        assertThat(p.status(M1)).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(p.status(Q1)).isEqualTo(ItemStatus.LOCKED);
        assertThat(p.state()).isEqualTo(CourseState.IN_PROGRESS);
        assertThat(p.next()).map(CourseItem::key).contains(M1);
    }

    @Test
    void failedQuizIsInProgressAndOneOfThreeMandatoryIsThirtyThreePercent() {
        facts.put(M1, new ItemFact.Module(false, true));
        facts.put(Q1, new ItemFact.Quiz(true, false));

        CourseProgress p = progress();

        assertThat(p.status(M1)).isEqualTo(ItemStatus.DONE);
        assertThat(p.status(Q1)).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(p.status(S1)).isEqualTo(ItemStatus.LOCKED);
        assertThat(p.percentMandatoryDone()).isEqualTo(33);
        assertThat(p.next()).map(CourseItem::key).contains(Q1);
    }

    @Test
    void scenarioNeedsTheThresholdAndNoCappingTaboo() {
        facts.put(M1, new ItemFact.Module(true, true));
        facts.put(Q1, new ItemFact.Quiz(true, true));

        facts.put(S1, new ItemFact.Scenario(69, false));
        assertThat(progress().status(S1)).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(progress().percentMandatoryDone()).isEqualTo(66);

        facts.put(S1, new ItemFact.Scenario(95, true));
        assertThat(progress().status(S1)).isEqualTo(ItemStatus.IN_PROGRESS);

        facts.put(S1, new ItemFact.Scenario(70, false));
        assertThat(progress().status(S1)).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void allMandatoryDoneCompletesTheCourseWhileOptionalItemsStayOpen() {
        allMandatoryDone();

        CourseProgress p = progress();

        assertThat(p.complete()).isTrue();
        assertThat(p.percentMandatoryDone()).isEqualTo(100);
        assertThat(p.state()).isEqualTo(CourseState.COMPLETED);
        assertThat(p.status(Q2)).isEqualTo(ItemStatus.AVAILABLE);
        assertThat(p.next()).map(CourseItem::key).contains(INTRO);
    }

    @Test
    void nothingIsNextWhenEveryItemIsDone() {
        allMandatoryDone();
        facts.put(INTRO, new ItemFact.Module(true, true));
        facts.put(M2, new ItemFact.Module(true, true));
        facts.put(Q2, new ItemFact.Quiz(true, true));

        assertThat(progress().next()).isEmpty();
    }

    @Test
    void workDoneBeforeItsPrerequisitesStillCounts() {
        facts.put(Q1, new ItemFact.Quiz(true, true));

        CourseProgress p = progress();

        assertThat(p.status(M1)).isEqualTo(ItemStatus.AVAILABLE);
        assertThat(p.status(Q1)).isEqualTo(ItemStatus.DONE);
        assertThat(p.status(S1)).isEqualTo(ItemStatus.AVAILABLE);
        assertThat(p.state()).isEqualTo(CourseState.IN_PROGRESS);
    }

    @Test
    void pastTheDeadlineTheCourseAndItsMandatoryItemsNotDoneAreOverdue() {
        facts.put(M1, new ItemFact.Module(true, true));

        CourseProgress p = CourseProgress.of(COURSE, facts, DEADLINE, AFTER);

        assertThat(p.overdue()).isTrue();
        assertThat(p.state()).isEqualTo(CourseState.OVERDUE);
        assertThat(p.items())
                .filteredOn(ItemProgress::overdue)
                .extracting(i -> i.item().key())
                .containsExactly(Q1, S1);
    }

    @Test
    void onTheDeadlineInstantItIsNotYetOverdue() {
        CourseProgress p = CourseProgress.of(COURSE, facts, DEADLINE, TestClock.at(DEADLINE));

        assertThat(p.overdue()).isFalse();
        assertThat(p.items()).noneMatch(ItemProgress::overdue);
    }

    @Test
    void aCompleteCourseOrOneWithoutDeadlineIsNeverOverdue() {
        assertThat(CourseProgress.of(COURSE, facts, null, AFTER).overdue()).isFalse();

        allMandatoryDone();
        CourseProgress p = CourseProgress.of(COURSE, facts, DEADLINE, AFTER);

        assertThat(p.overdue()).isFalse();
        assertThat(p.state()).isEqualTo(CourseState.COMPLETED);
    }

    @Test
    void aFactOfTheWrongKindIsRefused() {
        facts.put(M1, new ItemFact.Quiz(true, true));

        assertThatThrownBy(this::progress)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("module:m1");
    }

    @Test
    void passingOrCompletingImpliesStarted() {
        assertThat(new ItemFact.Module(false, true).started()).isTrue();
        assertThat(new ItemFact.Quiz(false, true).started()).isTrue();
        assertThatThrownBy(() -> new ItemFact.Scenario(101, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
