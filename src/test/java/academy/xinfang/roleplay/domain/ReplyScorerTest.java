package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.content.domain.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scorer with the lexicons shipped in quizzes/lexicons. */
class ReplyScorerTest {
    static final ReplyScorer SCORER = new ReplyScorer(shippedLexicons());

    static List<Lexicon> shippedLexicons() {
        try (Stream<Path> files = Files.list(Path.of("quizzes", "lexicons"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
                try {
                    LexiconLoader.Result r = LexiconLoader.load(p.getFileName().toString(),
                            Files.readString(p, StandardCharsets.UTF_8));
                    assertThat(r.problems()).as(p.toString()).isEmpty();
                    return r.lexicon().orElseThrow();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyTabooAndEveryAttitudeHasALexicon() {
        assertThat(shippedLexicons()).extracting(Lexicon::category).containsExactlyInAnyOrder(
                Tag.COLD_RECEPTION, Tag.HARSH_ATTITUDE, Tag.IMPATIENCE, Tag.BUCK_PASSING, Tag.PERFUNCTORY_EVASION,
                Tag.CARELESS_PROMISE, Tag.WARMTH, Tag.SINCERITY, Tag.CAREFULNESS, Tag.PATIENCE, Tag.GENUINENESS,
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
        assertThat(SCORER.score("您放心吧我们肯定帮您要回来").tabooHits()).extracting(ReplyScore.Hit::entry)
                .containsExactly("放心…肯定");
    }

    @Test
    void aNegatedTabooWordDoesNotCount() {
        ReplyScore score = SCORER.score("我们不会推诿，也绝不踢皮球");

        assertThat(score.effects().taboos()).isEmpty();
        assertThat(score.hits()).extracting(ReplyScore.Hit::entry, ReplyScore.Hit::negated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("推诿", true),
                        org.assertj.core.groups.Tuple.tuple("踢皮球", true));
    }

    @Test
    void aNegationInAnEarlierClauseDoesNotCancel() {
        assertThat(SCORER.score("我不多说了，这个不归我们管").effects().taboos()).containsExactly(Tag.BUCK_PASSING);
    }

    @Test
    void shortEntriesMustBeWholeWords() {
        assertThat(SCORER.score("劳动合同带了吗").hits()).extracting(ReplyScore.Hit::entry).contains("合同");
        assertThat(SCORER.score("他是合同工").hits()).isEmpty();
        assertThat(SCORER.score("请到窗口登记").hits()).extracting(ReplyScore.Hit::entry).contains("登记");
        assertThat(SCORER.score("有登记表吗").hits()).isEmpty();
    }

    @Test
    void aGoodReplyScoresUpAndCalmsTheVisitor() {
        ReplyScore score = SCORER.score("您好，大老远过来辛苦了，请坐，喝口水，慢慢说。我把情况记下来，按照政策帮您核实，三天内给您回话。");

        assertThat(score.effects().taboos()).isEmpty();
        assertThat(score.effects().qualities().values()).allMatch(d -> d > 0);
        assertThat(score.effects().qualities()).containsKeys(Tag.PROFESSIONAL_ETHICS, Tag.POLICY_AND_LAW,
                Tag.PRAGMATIC_STYLE, Tag.PSYCHOLOGICAL_RESILIENCE);
        assertThat(score.effects().agitation()).isNegative();
        assertThat(score.effects().trust()).isPositive();
        assertThat(score.hits()).extracting(ReplyScore.Hit::category)
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
        assertThat(r.problems()).extracting(RolePlayProblem::key)
                .containsExactlyInAnyOrder("roleplay.wrongTagKind", "roleplay.wrongTagKind", "roleplay.badValue");
        assertThat(r.problems()).allMatch(p -> p.file().equals("bad.yaml"));
    }
}
