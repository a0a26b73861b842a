package academy.xinfang.quiz.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Small questions for tests of answers and their marks: one-letter options, no tags, no section. */
final class ShortQuestions {
    /** Options a (wrong, "no"), b (right, "yes"), c (wrong). */
    static final Question SINGLE = choices(
            QuestionType.SINGLE, List.of(Choice.wrong("a", "no"), Choice.right("b", "yes"), Choice.wrong("c", "")));

    /** a and c are right (+50 each), b wrong (-50). */
    static final Question MULTIPLE = choices(
            QuestionType.MULTIPLE,
            List.of(
                    new Choice("a", BigDecimal.valueOf(50), ""),
                    new Choice("b", BigDecimal.valueOf(-50), ""),
                    new Choice("c", BigDecimal.valueOf(50), "")));

    /** 登记, 受理, 办理 in that order. */
    static final Question ORDER = new Question(
            "",
            "o",
            QuestionType.ORDERING,
            "Q",
            "",
            List.of(),
            List.of(new MatchPair("1", "登记"), new MatchPair("2", "受理"), new MatchPair("3", "办理")),
            "",
            Set.of(),
            null,
            0);

    private ShortQuestions() {}

    static Question choices(QuestionType type, List<Choice> choices) {
        return new Question("", type.giftName(), type, "Q", "", choices, List.of(), "", Set.of(), null, 0);
    }
}
