package academy.xinfang.quiz.application;

import academy.xinfang.quiz.domain.AnswerCodec;
import academy.xinfang.quiz.domain.Choice;
import academy.xinfang.quiz.domain.MatchPair;
import academy.xinfang.quiz.domain.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer as a reader sees it in a review: option texts rather than indexes. True and false are written √ and ×,
 * as on Chinese exam papers, which needs no translation.
 */
final class AnswerText {
    private static final String SEPARATOR = "；";

    private AnswerText() {}

    static String of(Question q, String response) {
        if (response == null || response.length() < 2) {
            return "";
        }
        String body = response.substring(2);
        return switch (q.type()) {
            case SINGLE, CASE -> q.choices().get(Integer.parseInt(body)).text();
            case MULTIPLE -> {
                List<String> chosen = new ArrayList<>();
                for (String i : body.split(",")) {
                    chosen.add(q.choices().get(Integer.parseInt(i)).text());
                }
                yield String.join(SEPARATOR, chosen);
            }
            case TRUE_FALSE -> body.equals("1") ? "√" : "×";
            case FILL -> body;
            case MATCHING, ORDERING -> {
                List<Integer> places = AnswerCodec.places(response);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < places.size(); i++) {
                    String placed = places.get(i) < 0
                            ? "—"
                            : q.pairs().get(places.get(i)).right();
                    parts.add(q.pairs().get(i).left() + " → " + placed);
                }
                yield String.join(SEPARATOR, parts);
            }
        };
    }

    static String right(Question q) {
        return switch (q.type()) {
            case SINGLE, CASE, MULTIPLE ->
                String.join(
                        SEPARATOR,
                        q.choices().stream()
                                .filter(Choice::isPositive)
                                .map(Choice::text)
                                .toList());
            case TRUE_FALSE -> q.trueFalseAnswer() ? "√" : "×";
            case FILL -> String.join(" / ", q.acceptedAnswers());
            case MATCHING, ORDERING ->
                String.join(
                        SEPARATOR,
                        q.pairs().stream()
                                .map((MatchPair p) -> p.left() + " → " + p.right())
                                .toList());
        };
    }
}
