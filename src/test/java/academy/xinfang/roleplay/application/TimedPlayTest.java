package academy.xinfang.roleplay.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.SourceFolder;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Time pressure on a real database (H2 and MariaDB): the server measures the seconds and marks a late reply. */
class TimedPlayTest {
    private static final String TIMED = """
            id: timed
            title: 限时
            persona: {visitorType: AGITATED, name: 甲, background: 乙, wants: 丙}
            initial: {agitation: 50, trust: 40}
            timeLimit: 30
            nodes:
              - id: a
                stage: RECEIVING
                visitor: 快说！
                choices:
                  - {text: 稳住, next: b}
              - id: b
                stage: ANSWERING
                visitor: 然后呢
                choices:
                  - {text: 答复, next: done}
            endings:
              - {id: done, outcome: SETTLED, debrief: 好}
            """;

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theServerMeasuresTheSecondsAndAppliesTheLatePenalty(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> new ScenarioImporter(new RolePlayRepository(em), PlayFixtures.clock())
                    .importAll(List.of(new SourceFolder.SourceFile("timed.yaml", TIMED)), List.of()));
            long officer = PlayFixtures.user(db, "officer1");
            PlayFixtures.MovingClock clock = new PlayFixtures.MovingClock();
            PlayFixtures.Player player = PlayFixtures.player(db, clock);
            long id = player.start(officer, "timed");

            clock.advance(12);
            PlayView view = player.view(officer, id);
            assertThat(view.timeLimit()).isEqualTo(30);
            assertThat(view.secondsElapsed()).isEqualTo(12);
            clock.advance(8);
            player.choose(officer, id, 0, 0);
            clock.advance(31);
            assertThat(player.view(officer, id).secondsElapsed()).isEqualTo(31);
            player.choose(officer, id, 1, 0);

            ScoreCard card = player.scoreCard(officer, id);
            assertThat(card.log()).extracting(ScoreCard.TurnLine::seconds).containsExactly(20L, 31L);
            assertThat(card.log()).extracting(ScoreCard.TurnLine::late).containsExactly(false, true);
            assertThat(card.log().get(1).agitation()).isEqualTo(60);
            assertThat(card.log().get(1).trust()).isEqualTo(35);
        }
    }
}
