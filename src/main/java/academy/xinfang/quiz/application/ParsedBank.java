package academy.xinfang.quiz.application;

import academy.xinfang.quiz.domain.Question;
import academy.xinfang.quiz.domain.QuizSettings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One bank version parsed once, with its question texts rendered once: versions never change, so this is what every
 * attempt page and review reads instead of parsing or rendering per request.
 */
public record ParsedBank(long versionId, String bankKey, int versionNo, QuizSettings settings, List<Question> questions,
        Map<String, Question> byName, Map<String, String> html) {

    public ParsedBank {
        questions = List.copyOf(questions);
        byName = Map.copyOf(byName);
        html = Map.copyOf(html);
    }

    public static ParsedBank of(long versionId, String bankKey, int versionNo, QuizSettings settings,
            List<Question> questions, Function<String, String> markdown) {
        Map<String, String> html = new java.util.HashMap<>();
        for (Question q : questions) {
            html.put(q.name() + "#text", markdown.apply(q.text()));
            html.put(q.name() + "#after", q.textAfter().isBlank() ? "" : markdown.apply(q.textAfter()));
            html.put(q.name() + "#explanation", markdown.apply(q.generalFeedback()));
        }
        return new ParsedBank(versionId, bankKey, versionNo, settings, questions,
                questions.stream().collect(Collectors.toMap(Question::name, q -> q)), html);
    }

    public String textHtml(Question q) {
        return html.get(q.name() + "#text");
    }

    public String afterHtml(Question q) {
        return html.get(q.name() + "#after");
    }

    public String explanationHtml(Question q) {
        return html.get(q.name() + "#explanation");
    }

    /** The key attempts and statistics use for a question: stable across versions of the bank. */
    public String questionKey(Question q) {
        return bankKey + "/" + q.name();
    }
}
