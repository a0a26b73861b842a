package academy.xinfang.quiz.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Questions the GIFT and Aiken tests write and read back, and comparing questions whatever their source lines. */
final class SampleQuestions {
    private static final Set<Tag> TAGS = new LinkedHashSet<>(List.of(Tag.WARMTH, Tag.COLD_RECEPTION));

    private SampleQuestions() {}

    /** One question of every type, with the characters GIFT must escape, tags, feedback and partial credit. */
    static List<Question> all() {
        return List.of(
                new Question(
                        "$course$/a",
                        "s-1",
                        QuestionType.SINGLE,
                        "Pick {one}: a~b = c#d \\ e",
                        "",
                        List.of(
                                Choice.right("x: y", "right # because"),
                                Choice.wrong("z", ""),
                                new Choice("half", new BigDecimal("50"), "half way")),
                        List.of(),
                        "explained {here}",
                        TAGS,
                        "m#s",
                        0),
                new Question(
                        "$course$/a",
                        "m-1",
                        QuestionType.MULTIPLE,
                        "Which?",
                        "",
                        List.of(
                                new Choice("a", new BigDecimal("33.33333"), "ok"),
                                new Choice("b", new BigDecimal("33.33333"), ""),
                                new Choice("c", new BigDecimal("33.33334"), ""),
                                new Choice("d", new BigDecimal("-50"), "no"),
                                Choice.wrong("e", "")),
                        List.of(),
                        "",
                        Set.of(),
                        "m#s",
                        0),
                Question.trueFalse("$course$/a/b", "t-1", "True?", true, "", "right", "gf", TAGS, "m#s", 0),
                Question.trueFalse("$course$/a/b", "t-2", "True?", false, "wrong", "", "gf", TAGS, "m#s", 0),
                Question.trueFalse("$course$/a/b", "t-3", "True?", false, "", "", "", Set.of(), null, 0),
                new Question(
                        "$course$/a/b",
                        "f-1",
                        QuestionType.FILL,
                        "Limit is",
                        "days.",
                        List.of(Choice.right("60", "yes"), new Choice("两个月", new BigDecimal("50"), "")),
                        List.of(),
                        "Article 34",
                        Set.of(Tag.POLICY_AND_LAW),
                        "m#s",
                        0),
                new Question(
                        "$course$/a/b",
                        "f-2",
                        QuestionType.FILL,
                        "Who interprets the rules?",
                        "",
                        List.of(Choice.right("国家信访局", "")),
                        List.of(),
                        "",
                        Set.of(),
                        "m#s",
                        0),
                new Question(
                        "$course$/a/b",
                        "mt-1",
                        QuestionType.MATCHING,
                        "Match",
                        "",
                        List.of(),
                        List.of(new MatchPair("a: 1", "b = 2"), new MatchPair("c", "d"), new MatchPair("e", "f")),
                        "",
                        Set.of(),
                        "m#s",
                        0),
                new Question(
                        "$course$/a/b",
                        "o-1",
                        QuestionType.ORDERING,
                        "Order",
                        "",
                        List.of(),
                        List.of(new MatchPair("1", "first"), new MatchPair("2", "second")),
                        "why",
                        Set.of(),
                        "m#s",
                        0),
                new Question(
                        "$course$/a/b",
                        "c-1",
                        QuestionType.CASE,
                        "**案例**：…\n问：怎么办？",
                        "",
                        List.of(Choice.wrong("a", "no"), Choice.right("b", "yes")),
                        List.of(),
                        "解析：…",
                        TAGS,
                        "m#s",
                        0));
    }

    /** The questions with their source line cleared, to compare what two files say regardless of layout. */
    static List<Question> withoutLines(List<Question> questions) {
        return questions.stream().map(q -> q.withLine(0)).toList();
    }
}
