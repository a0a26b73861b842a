package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The scorer with the lexicons shipped in quizzes/lexicons. */
class ReplyScorerTest {
    static final ReplyScorer SCORER = new ReplyScorer(shippedLexicons());

    static List<Lexicon> shippedLexicons() {
        return TestFiles.list(Path.of("quizzes", "lexicons"), ".yaml").stream()
                .map(p -> {
                    LexiconLoader.Result r = LexiconLoader.load(p.getFileName().toString(), TestFiles.read(p));
                    assertThat(r.problems()).as(p.toString()).isEmpty();
                    return r.lexicon().orElseThrow();
                })
                .toList();
    }

    @Test
    void everyTabooAndEveryAttitudeHasALexicon() {
        assertThat(shippedLexicons())
                .extracting(Lexicon::category)
                .containsExactlyInAnyOrder(
                        Tag.COLD_RECEPTION,
                        Tag.HARSH_ATTITUDE,
                        Tag.IMPATIENCE,
                        Tag.BUCK_PASSING,
                        Tag.PERFUNCTORY_EVASION,
                        Tag.CARELESS_PROMISE,
                        Tag.WARMTH,
                        Tag.SINCERITY,
                        Tag.CAREFULNESS,
                        Tag.PATIENCE,
                        Tag.GENUINENESS,
                        Tag.FAIRNESS);
    }

    @Test
    void buckPassingWordingIsFlaggedWithTheWordsAndTheirPlace() {
        ReplyScore score = SCORER.score("这事不归我们管，你去找国土局");

        assertThat(score.effects().taboos()).containsExactly(Tag.BUCK_PASSING);
        assertThat(score.tabooHits()).extracting(ReplyScore.Hit::words).containsExactly("不归我们管", "你去找");
        assertThat(score.tabooHits().get(0).start()).isEqualTo(2);
        assertThat(score.tabooHits().get(0).end()).isEqualTo(7);
        assertThat(score.effects().qualities().get(Tag.PROFESSIONAL_ETHICS)).isNegative();
        assertThat(score.effects().agitation()).isPositive();
        assertThat(score.effects().trust()).isNegative();
    }

    @Test
    void carelessPromiseWordingIsFlagged() {
        ReplyScore score = SCORER.score("放心，肯定给你解决");

        assertThat(score.effects().taboos()).containsExactly(Tag.CARELESS_PROMISE);
        assertThat(score.tabooHits()).extracting(ReplyScore.Hit::words).contains("肯定给你解决");
        assertThat(score.effects().qualities().get(Tag.POLICY_AND_LAW)).isNegative();
    }

    @Test
    void aGapEntryMatchesWithinOneClauseOnly() {
        assertThat(SCORER.score("您放心，这笔钱我们肯定要回来").effects().taboos()).isEmpty();
        assertThat(SCORER.score("您放心吧我们肯定帮您要回来").tabooHits())
                .extracting(ReplyScore.Hit::entry)
                .containsExactly("放心…肯定");
    }

    @Test
    void aNegatedTabooWordDoesNotCount() {
        ReplyScore score = SCORER.score("我们不会推诿，也绝不踢皮球");

        assertThat(score.effects().taboos()).isEmpty();
        assertThat(score.hits())
                .extracting(ReplyScore.Hit::entry, ReplyScore.Hit::negated)
                .containsExactly(Tuple.tuple("推诿", true), Tuple.tuple("踢皮球", true));
    }

    @Test
    void aNegationInAnEarlierClauseDoesNotCancel() {
        assertThat(SCORER.score("我不多说了，这个不归我们管").effects().taboos()).containsExactly(Tag.BUCK_PASSING);
    }

    @Test
    void shortEntriesMustBeWholeWords() {
        assertThat(SCORER.score("劳动合同带了吗").hits())
                .extracting(ReplyScore.Hit::entry)
                .contains("合同");
        assertThat(SCORER.score("他是合同工").hits()).isEmpty();
        assertThat(SCORER.score("请到窗口登记").hits())
                .extracting(ReplyScore.Hit::entry)
                .contains("登记");
        assertThat(SCORER.score("有登记表吗").hits()).isEmpty();
    }

    @Test
    void aGoodReplyScoresUpAndCalmsTheVisitor() {
        ReplyScore score = SCORER.score("您好，大老远过来辛苦了，请坐，喝口水，慢慢说。我把情况记下来，按照政策帮您核实，三天内给您回话。");

        assertThat(score.effects().taboos()).isEmpty();
        assertThat(score.effects().qualities().values()).allMatch(d -> d > 0);
        assertThat(score.effects().qualities())
                .containsKeys(
                        Tag.PROFESSIONAL_ETHICS, Tag.POLICY_AND_LAW, Tag.PRAGMATIC_STYLE, Tag.PSYCHOLOGICAL_RESILIENCE);
        assertThat(score.effects().agitation()).isNegative();
        assertThat(score.effects().trust()).isPositive();
        assertThat(score.hits())
                .extracting(ReplyScore.Hit::category)
                .contains(Tag.WARMTH, Tag.PATIENCE, Tag.CAREFULNESS, Tag.FAIRNESS, Tag.GENUINENESS);
    }

    @Test
    void qualityDeltasOfOneReplyAreCapped() {
        ReplyScore score = SCORER.score("刁民！活该！给我出去！闹什么闹！吼什么！");

        assertThat(score.effects().qualities().get(Tag.PROFESSIONAL_ETHICS)).isEqualTo(-ReplyScorer.MAX_QUALITY);
        assertThat(score.effects().taboos()).containsExactly(Tag.HARSH_ATTITUDE);
    }

    @Test
    void anEntryCountsOncePerReply() {
        ReplyScore once = SCORER.score("你去找人社局");
        ReplyScore twice = SCORER.score("你去找人社局，你去找住建局");

        assertThat(twice.effects()).isEqualTo(once.effects());
    }

    @Test
    void aReplyWithNothingInTheLexiconsHasNoEffect() {
        ReplyScore score = SCORER.score("嗯");

        assertThat(score.hits()).isEmpty();
        assertThat(score.effects().qualities()).isEqualTo(Map.of());
        assertThat(score.effects().agitation()).isZero();
    }

    @Test
    void aBrokenLexiconIsReportedWithFileAndEntry() {
        LexiconLoader.Result r = LexiconLoader.load("bad.yaml", """
                category: POLITICAL_INTEGRITY
                entries:
                  好词: {WARMTH: 3, POLICY_AND_LAW: x}
                """);

        assertThat(r.lexicon()).isEmpty();
        assertThat(r.problems())
                .extracting(ImportProblem::key)
                .containsExactlyInAnyOrder("roleplay.wrongTagKind", "roleplay.wrongTagKind", "roleplay.badValue");
        assertThat(r.problems()).allMatch(p -> p.file().equals("bad.yaml"));
    }

    /** Every lexicon phrase of the six attitudes, some twice: the reply an officer would type to game the scorer. */
    private static final String STUFFED = "您好您好，请坐下，请坐下，喝口水，倒杯水，别着急，辛苦了，大老远，慢慢说，您接着说，我听着，从头说，"
            + "实话跟您说，跟您交个底，我理解您，换成是我，如实告诉您，记下来，登记，问清楚，核实，调查，我陪您，我们一起，"
            + "帮您联系，跟踪，给您回话，给您答复，慢慢说，核实，核实。";

    private static Scenario shipped(String id) throws IOException {
        return ScenarioLoader.load(id + ".yaml", TestFiles.read("quizzes", "scenarios", id + ".yaml"))
                .scenario()
                .orElseThrow();
    }

    @Test
    void aPhraseRepeatedInAReplyCountsOnce() {
        ReplyScore score = SCORER.score(STUFFED);

        assertThat(score.hits())
                .filteredOn(ReplyScore.Hit::counts)
                .extracting(ReplyScore.Hit::entry)
                .doesNotHaveDuplicates()
                .contains("请坐下", "慢慢说", "核实");
    }

    @Test
    void aStuffedReplyEarnsNoMoreThanTheBestAuthoredReplyAtItsNode() throws IOException {
        Scenario scenario = shipped("first-time-land");
        ScenarioNode listen = scenario.node("listen").orElseThrow();
        Choice best = FreeTextRoute.best(listen);
        int bestSum = best.effects().qualities().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        ReplyScore raw = SCORER.score(STUFFED);
        assertThat(raw.effects().qualities().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .as("uncapped, the stuffed reply would beat the model answer")
                .isGreaterThan(bestSum);

        ReplyScore capped = raw.cappedAt(listen);

        capped.effects()
                .qualities()
                .forEach((q, d) -> assertThat(d)
                        .as("%s", q)
                        .isLessThanOrEqualTo(best.effects().qualities().getOrDefault(q, 0)));
        assertThat(capped.effects().trust()).isLessThanOrEqualTo(best.effects().trust());
        assertThat(capped.effects().agitation())
                .isGreaterThanOrEqualTo(listen.choices().stream()
                        .mapToInt(c -> c.effects().agitation())
                        .min()
                        .orElseThrow());

        // and over a whole run: the typed reply in place of the model answer never scores more
        Session model = RolePlay.start(scenario, Fixtures.CLOCK);
        Session typed = RolePlay.start(scenario, Fixtures.CLOCK);
        while (!model.isFinished()) {
            model.choose(0, 1);
        }
        while (!typed.isFinished()) {
            ScenarioNode node = typed.currentNode();
            if (node.freeText()) {
                ReplyScore score = SCORER.score(STUFFED).cappedAt(node);
                typed.choose(FreeTextRoute.choiceFor(node, score), 1, STUFFED, score.effects());
            } else {
                typed.choose(0, 1);
            }
        }
        assertThat(RolePlayScore.of(typed).points())
                .isLessThanOrEqualTo(RolePlayScore.of(model).points());
        RolePlayScore.of(typed)
                .qualities()
                .forEach((q, v) -> assertThat(v)
                        .as("%s", q)
                        .isLessThanOrEqualTo(RolePlayScore.of(model).qualities().get(q)));
    }

    @Test
    void aReplyThatDisownsATabooAndCommitsItEarnsNothing() {
        ReplyScore score = SCORER.score("您好，请坐。我们绝不推诿，这事你去找国土局");

        assertThat(score.contradictory()).isTrue();
        assertThat(score.effects().taboos()).as("the taboo still counts").containsExactly(Tag.BUCK_PASSING);
        assertThat(score.effects().qualities().values()).allMatch(d -> d < 0);
        assertThat(score.effects().agitation()).isNotNegative();
        assertThat(score.effects().trust()).isNotPositive();
    }

    @Test
    void aReplyShowingAnAttitudeWithItsOppositeTabooEarnsNothing() {
        ReplyScore score = SCORER.score("您慢慢说，我听着。行了行了，说重点");

        assertThat(score.contradictory()).isTrue();
        assertThat(score.effects().qualities().values()).isNotEmpty().allMatch(d -> d < 0);
        assertThat(score.effects().agitation()).isNotNegative();
        assertThat(score.effects().trust()).isNotPositive();
    }

    @Test
    void aConsistentReplyIsNotTakenForAContradiction() {
        assertThat(SCORER.score("我们不会推诿，也绝不踢皮球").contradictory()).isFalse();
        assertThat(SCORER.score("您好，请坐，慢慢说，我记下来核实").contradictory()).isFalse();
        assertThat(SCORER.score("这事不归我们管，你去找国土局").contradictory())
                .as("a taboo alone is no contradiction")
                .isFalse();
    }
}
