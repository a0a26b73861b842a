package academy.xinfang.roleplay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.account.domain.Person;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.roleplay.domain.LiveRubric;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Live role-play scorecards on a real database (H2 and MariaDB): saved, read back, and kept to their officer. */
class LiveScoringTest {

    private static <T> T call(TestDatabase db, Function<LiveScoring, T> work) {
        return db.apply(em ->
                work.apply(new LiveScoring(new RolePlayRepository(em), PlayFixtures.people(em), PlayFixtures.clock())));
    }

    static LiveRubric rubric() {
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        LiveRubric.tagsOf(TagKind.QUALITY).forEach(t -> qualities.put(t, 1 + t.ordinal() % 5));
        Map<Tag, Integer> attitudes = new EnumMap<>(Tag.class);
        LiveRubric.tagsOf(TagKind.ATTITUDE).forEach(t -> attitudes.put(t, 3));
        return new LiveRubric(
                qualities,
                attitudes,
                Map.of(Tag.CARELESS_PROMISE, new LiveRubric.Taboo(true, "当场说“一分不少”")),
                "开场很好，答复要有依据");
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aScorecardIsSavedAgainstTheOfficerAndShownToThemAndTrainersOnly(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long officer = PlayFixtures.user(db, "officer1");
            long other = PlayFixtures.user(db, "officer2");
            long trainer = PlayFixtures.user(db, "trainer1");

            long id = call(db, s -> s.save(trainer, officer, null, rubric()));
            List<Person> officers = db.apply(em -> PlayFixtures.people(em).officers(10));
            assertThat(officers).extracting(Person::username).containsExactly("officer1", "officer2", "trainer1");

            LiveScorecardView card = call(db, s -> s.scorecard(officer, false, id));
            assertThat(card.officer()).isEqualTo("officer1");
            assertThat(card.trainer()).isEqualTo("trainer1");
            assertThat(card.qualities())
                    .hasSize(7)
                    .extracting(LiveScorecardView.Rating::score)
                    .containsExactly(1, 2, 3, 4, 5, 1, 2);
            assertThat(card.attitudes()).hasSize(6);
            assertThat(card.taboos())
                    .hasSize(6)
                    .filteredOn(LiveScorecardView.TabooLine::observed)
                    .extracting(LiveScorecardView.TabooLine::taboo, LiveScorecardView.TabooLine::note)
                    .containsExactly(Tuple.tuple(Tag.CARELESS_PROMISE, "当场说“一分不少”"));
            assertThat(card.taboosObserved()).isEqualTo(1);
            assertThat(card.overallNote()).isEqualTo("开场很好，答复要有依据");
            assertThat(call(db, s -> s.scorecard(trainer, true, id)).id()).isEqualTo(id);
            assertThatThrownBy(() -> call(db, s -> s.scorecard(other, false, id)))
                    .isInstanceOfSatisfying(
                            RolePlayException.class, e -> assertThat(e.key()).isEqualTo(SessionPlayer.NOT_YOURS));
            List<LiveScorecardView> mine = call(db, s -> s.of(officer));
            List<LiveScorecardView> others = call(db, s -> s.of(other));
            List<LiveScorecardView> recent = call(db, s -> s.recent(10));
            assertThat(mine).extracting(LiveScorecardView::id).containsExactly(id);
            assertThat(others).isEmpty();
            assertThat(recent).extracting(LiveScorecardView::id).containsExactly(id);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void anIncompleteRubricOrAnUnknownScenarioIsRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long officer = PlayFixtures.user(db, "officer1");
            long trainer = PlayFixtures.user(db, "trainer1");
            LiveRubric full = rubric();
            Map<Tag, Integer> qualities = new EnumMap<>(full.qualities());
            qualities.remove(Tag.POLITICAL_INTEGRITY);
            LiveRubric missing = new LiveRubric(qualities, full.attitudes(), full.taboos(), "");

            assertThatThrownBy(() -> call(db, s -> s.save(trainer, officer, null, missing)))
                    .isInstanceOfSatisfying(RolePlayException.class, e -> {
                        assertThat(e.key()).isEqualTo("live.notRated");
                        assertThat(e.arguments()).containsExactly("POLITICAL_INTEGRITY");
                    });
            assertThatThrownBy(() -> call(db, s -> s.save(trainer, officer, "no-such", full)))
                    .isInstanceOfSatisfying(
                            RolePlayException.class, e -> assertThat(e.key()).isEqualTo("roleplay.noScenario"));
            List<LiveScorecardView> none = call(db, s -> s.of(officer));
            assertThat(none).isEmpty();
        }
    }
}
