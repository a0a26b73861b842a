package academy.xinfang.quiz.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of a bank.
 *
 * <ul>
 *   <li>{@code category}: the GIFT category as written after {@code $CATEGORY:} (e.g. {@code $course$/six-taboos}),
 *       empty when the file has none; {@link #categoryPath()} drops the {@code $course$/} part.
 *   <li>{@code text}: Markdown before the answer block; {@code textAfter}: Markdown after it, non-empty for a
 *       fill question whose blank sits inside the sentence.
 *   <li>{@code choices}: options (single, multiple, case), accepted answers (fill), or the two sides {@code true}
 *       and {@code false} of a true/false question, each with the feedback a learner choosing it sees.
 *   <li>{@code pairs}: matching pairs, or for ordering the positions 1..n paired with the steps.
 *   <li>{@code section}: {@code module#section}, the "read again" link; null when the bank gives none.
 *   <li>{@code line}: the 1-based line of the question in its file (0 for questions built in code). It takes part
 *       in {@code equals}; compare with {@link #withLine(int)} when the position does not matter.
 * </ul>
 */
public record Question(
        String category,
        String name,
        QuestionType type,
        String text,
        String textAfter,
        List<Choice> choices,
        List<MatchPair> pairs,
        String generalFeedback,
        Set<Tag> tags,
        String section,
        int line) {

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    public Question {
        category = category == null ? "" : category;
        name = name == null ? "" : name;
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        textAfter = textAfter == null ? "" : textAfter;
        choices = choices == null ? List.of() : List.copyOf(choices);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        generalFeedback = generalFeedback == null ? "" : generalFeedback;
        // insertion order kept so that a written bank lists tags as the author did
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        switch (type) {
            case MATCHING, ORDERING -> {
                if (pairs.isEmpty() || !choices.isEmpty()) {
                    throw new IllegalArgumentException(type + " needs pairs and no choices");
                }
            }
            case TRUE_FALSE -> {
                if (choices.size() != 2
                        || !choices.get(0).text().equals(TRUE)
                        || !choices.get(1).text().equals(FALSE)) {
                    throw new IllegalArgumentException("a true/false question has the choices true, false");
                }
            }
            default -> {
                if (choices.isEmpty() || !pairs.isEmpty()) {
                    throw new IllegalArgumentException(type + " needs choices and no pairs");
                }
            }
        }
    }

    /** A true/false question: the right side carries {@code rightFeedback}, the wrong side {@code wrongFeedback}. */
    public static Question trueFalse(
            String category,
            String name,
            String text,
            boolean answer,
            String wrongFeedback,
            String rightFeedback,
            String generalFeedback,
            Set<Tag> tags,
            String section,
            int line) {
        Choice t = answer ? Choice.right(TRUE, rightFeedback) : Choice.wrong(TRUE, wrongFeedback);
        Choice f = answer ? Choice.wrong(FALSE, wrongFeedback) : Choice.right(FALSE, rightFeedback);
        return new Question(
                category,
                name,
                QuestionType.TRUE_FALSE,
                text,
                "",
                List.of(t, f),
                List.of(),
                generalFeedback,
                tags,
                section,
                line);
    }

    /** The right answer of a true/false question. */
    public boolean trueFalseAnswer() {
        requireType(QuestionType.TRUE_FALSE);
        return choices.get(0).isFullyRight();
    }

    /** The accepted answers of a fill question (those with a positive fraction). */
    public List<String> acceptedAnswers() {
        requireType(QuestionType.FILL);
        return choices.stream().filter(Choice::isPositive).map(Choice::text).toList();
    }

    /** The category without its {@code $course$/}-style context prefix, e.g. {@code six-taboos/recognise}. */
    public String categoryPath() {
        if (category.startsWith("$")) {
            int end = category.indexOf("$/", 1);
            if (end > 0) {
                return category.substring(end + 2);
            }
        }
        return category;
    }

    public Question withLine(int newLine) {
        return new Question(
                category, name, type, text, textAfter, choices, pairs, generalFeedback, tags, section, newLine);
    }

    private void requireType(QuestionType wanted) {
        if (type != wanted) {
            throw new IllegalStateException(name + " is " + type + ", not " + wanted);
        }
    }
}
