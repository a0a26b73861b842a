package academy.xinfang.quiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text form of an answer, as the attempt page sends it and the database keeps it. Options are bank indexes, so
 * a shuffled display never changes what is stored: {@code S:2} single or case, {@code M:0,2} multiple,
 * {@code T:1} / {@code T:0} true/false, {@code F:text} fill, {@code P:2,0,-1} matching and ordering (for each left
 * side or position in bank order, the index of the pair whose right side was put there, -1 for none); the empty text
 * is a blank answer. {@link #decode} checks the answer against the question, since it comes from the browser.
 */
public final class AnswerCodec {
    public static final int MAX_FILL_LENGTH = 200;

    private AnswerCodec() {}

    public static Answer decode(Question question, String text) {
        if (text == null || text.isEmpty()) {
            return new Answer.Blank();
        }
        if (text.length() < 2 || text.charAt(1) != ':') {
            throw new IllegalArgumentException("not an answer: " + text);
        }
        char kind = text.charAt(0);
        String body = text.substring(2);
        QuestionType type = question.type();
        return switch (type) {
            case SINGLE, CASE -> {
                expect(kind, 'S', type);
                yield new Answer.Single(index(body, question.choices().size()));
            }
            case MULTIPLE -> {
                expect(kind, 'M', type);
                Set<Integer> chosen = new TreeSet<>();
                for (String part : body.isEmpty() ? new String[0] : body.split(",")) {
                    chosen.add(index(part, question.choices().size()));
                }
                yield chosen.isEmpty() ? new Answer.Blank() : new Answer.Multiple(chosen);
            }
            case TRUE_FALSE -> {
                expect(kind, 'T', type);
                if (!body.equals("1") && !body.equals("0")) {
                    throw new IllegalArgumentException("true/false answer must be 1 or 0: " + body);
                }
                yield new Answer.TrueFalse(body.equals("1"));
            }
            case FILL -> {
                expect(kind, 'F', type);
                if (body.length() > MAX_FILL_LENGTH) {
                    throw new IllegalArgumentException("fill answer longer than " + MAX_FILL_LENGTH);
                }
                yield body.isBlank() ? new Answer.Blank() : new Answer.Fill(body);
            }
            case MATCHING, ORDERING -> {
                expect(kind, 'P', type);
                List<MatchPair> pairs = question.pairs();
                String[] parts = body.split(",", -1);
                if (parts.length != pairs.size()) {
                    throw new IllegalArgumentException("expected " + pairs.size() + " places, got " + parts.length);
                }
                List<String> placed = new ArrayList<>();
                boolean any = false;
                for (String part : parts) {
                    int i = Integer.parseInt(part.strip());
                    if (i == -1) {
                        placed.add("");
                    } else {
                        placed.add(pairs.get(index(part, pairs.size())).right());
                        any = true;
                    }
                }
                if (!any) {
                    yield new Answer.Blank();
                }
                yield type == QuestionType.MATCHING ? new Answer.Matching(placed) : new Answer.Ordering(placed);
            }
        };
    }

    /** The option chosen, for distractor analysis: the bank index in single and case questions, 1/0 for true/false. */
    public static Integer chosenOption(Answer answer) {
        if (answer instanceof Answer.Single single) {
            return single.index();
        }
        if (answer instanceof Answer.TrueFalse tf) {
            return tf.value() ? 0 : 1;
        }
        return null;
    }

    /** The parts of a {@code P:} answer, -1 where nothing was placed; an empty list for other answers. */
    public static List<Integer> places(String text) {
        if (text == null || !text.startsWith("P:")) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : text.substring(2).split(",", -1)) {
            out.add(Integer.parseInt(part.strip()));
        }
        return out;
    }

    private static void expect(char kind, char wanted, QuestionType type) {
        if (kind != wanted) {
            throw new IllegalArgumentException("answer kind " + kind + " does not fit " + type);
        }
    }

    private static int index(String part, int size) {
        int i = Integer.parseInt(part.strip());
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException("no option " + i);
        }
        return i;
    }
}
