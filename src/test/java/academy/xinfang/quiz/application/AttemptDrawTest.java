package academy.xinfang.quiz.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.quiz.domain.FeedbackMode;
import academy.xinfang.quiz.domain.GiftParser;
import academy.xinfang.quiz.domain.QuizSettings;
import academy.xinfang.quiz.domain.ReviewPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Which questions a new attempt asks, without a server: own questions, shuffling by seed, quotas over all banks. */
class AttemptDrawTest {
    private static final String BASICS = """
            $CATEGORY: $course$/basics

            ::b1::一{T}

            ::b2::二{T}

            ::b3::三{T}

            ::b4::四{T}

            ::b5::五{T}
            """;
    private static final String TABOOS = """
            $CATEGORY: $course$/taboos

            ::t1::一{T}

            ::t2::二{T}

            ::t3::三{T}
            """;

    private static QuizSettings settings(Map<String, Integer> draw, boolean shuffle) {
        return new QuizSettings("测验", null, draw, shuffle, 0, 0, 60, FeedbackMode.DEFERRED, ReviewPolicy.AFTER_SUBMIT);
    }

    private static ParsedBank bank(long versionId, String key, String gift, QuizSettings settings) {
        return ParsedBank.of(
                versionId,
                key,
                1,
                settings,
                GiftParser.parse(key + ".gift", gift).questions(),
                (question, part, markdown) -> Optional.of(markdown));
    }

    @Test
    void withoutQuotaAndShufflingEveryOwnQuestionIsAskedOnceInTheFilesOrder() {
        ParsedBank basics = bank(7, "basics", BASICS, settings(Map.of(), false));

        assertThat(AttemptDraw.draw(basics, List.of(basics), 42))
                .containsExactly("7 b1", "7 b2", "7 b3", "7 b4", "7 b5");
    }

    @Test
    void shufflingFollowsTheSeedSoAnAttemptCanBeRebuilt() {
        ParsedBank basics = bank(7, "basics", BASICS, settings(Map.of(), true));

        List<String> first = AttemptDraw.draw(basics, List.of(basics), 42);

        assertThat(AttemptDraw.draw(basics, List.of(basics), 42)).isEqualTo(first);
        assertThat(first).containsExactlyInAnyOrder("7 b1", "7 b2", "7 b3", "7 b4", "7 b5");
        assertThat(LongStream.range(0, 20).mapToObj(seed -> AttemptDraw.draw(basics, List.of(basics), seed)))
                .as("some seed gives another order")
                .anyMatch(order -> !order.equals(first));
    }

    @Test
    void aQuotaDrawsFromEveryCurrentBankAndRefersToEachQuestionsOwnVersion() {
        ParsedBank exam = bank(1, "exam", "::e1::考{T}\n", settings(Map.of("basics", 2, "taboos", 3), false));
        ParsedBank basics = bank(7, "basics", BASICS, settings(Map.of(), false));
        ParsedBank taboos = bank(9, "taboos", TABOOS, settings(Map.of(), false));

        List<String> refs = AttemptDraw.draw(exam, List.of(exam, basics, taboos), 42);

        assertThat(refs).hasSize(5).doesNotHaveDuplicates().doesNotContain("1 e1");
        assertThat(refs).filteredOn(r -> r.startsWith("7 b")).hasSize(2);
        assertThat(refs).filteredOn(r -> r.startsWith("9 t")).containsExactlyInAnyOrder("9 t1", "9 t2", "9 t3");
    }

    @Test
    void aQuotaTheBanksCannotFillIsRefused() {
        ParsedBank exam = bank(1, "exam", "::e1::考{T}\n", settings(Map.of("taboos", 4), false));
        ParsedBank taboos = bank(9, "taboos", TABOOS, settings(Map.of(), false));

        assertThatThrownBy(() -> AttemptDraw.draw(exam, List.of(exam, taboos), 42))
                .isInstanceOfSatisfying(
                        QuizException.class, e -> assertThat(e.key()).isEqualTo("quiz.drawImpossible"));
    }
}
