package academy.xinfang.quiz.application;

import academy.xinfang.quiz.domain.Question;
import academy.xinfang.quiz.domain.QuizSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One bank version parsed once, with its question texts rendered once: versions never change, so this is what every
 * attempt page and review reads instead of parsing or rendering per request. A text that could not be rendered (a
 * version stored before the Markdown limits) has no HTML: pages show a short notice in its place, and the names of
 * its questions are in {@link #unrenderable()} for the trainers' bank list.
 */
public record ParsedBank(
        long versionId,
        String bankKey,
        int versionNo,
        QuizSettings settings,
        List<Question> questions,
        Map<String, Question> byName,
        Map<String, String> html,
        List<String> unrenderable) {

    /** Renders one text of a question ({@code part}: text, after or explanation); empty when it cannot be shown. */
    @FunctionalInterface
    public interface TextRenderer {
        Optional<String> render(Question question, String part, String markdown);
    }

    public ParsedBank {
        questions = List.copyOf(questions);
        byName = Map.copyOf(byName);
        html = Map.copyOf(html);
        unrenderable = List.copyOf(unrenderable);
    }

    public static ParsedBank of(
            long versionId,
            String bankKey,
            int versionNo,
            QuizSettings settings,
            List<Question> questions,
            TextRenderer renderer) {
        Map<String, String> html = new HashMap<>();
        Set<String> unrenderable = new LinkedHashSet<>();
        for (Question q : questions) {
            render(renderer, q, "text", q.text(), html, unrenderable);
            render(renderer, q, "after", q.textAfter(), html, unrenderable);
            render(renderer, q, "explanation", q.generalFeedback(), html, unrenderable);
        }
        return new ParsedBank(
                versionId,
                bankKey,
                versionNo,
                settings,
                questions,
                // the first of two same-named questions (a version stored before names were checked) wins
                questions.stream().collect(Collectors.toMap(Question::name, q -> q, (first, second) -> first)),
                html,
                new ArrayList<>(unrenderable));
    }

    private static void render(
            TextRenderer renderer,
            Question q,
            String part,
            String markdown,
            Map<String, String> html,
            Set<String> unrenderable) {
        if (markdown.isBlank()) {
            html.put(q.name() + "#" + part, "");
            return;
        }
        Optional<String> rendered = renderer.render(q, part, markdown);
        if (rendered.isPresent()) {
            html.put(q.name() + "#" + part, rendered.get());
        } else {
            unrenderable.add(q.name());
        }
    }

    /** The question's text as HTML; {@code null} when it could not be rendered. */
    public String textHtml(Question q) {
        return html.get(q.name() + "#text");
    }

    /** The text after a fill question's blank as HTML ("" when there is none); {@code null} when unrenderable. */
    public String afterHtml(Question q) {
        return html.get(q.name() + "#after");
    }

    /** The general feedback as HTML ("" when there is none); {@code null} when unrenderable. */
    public String explanationHtml(Question q) {
        return html.get(q.name() + "#explanation");
    }

    /** The key attempts and statistics use for a question: stable across versions of the bank. */
    public String questionKey(Question q) {
        return bankKey + "/" + q.name();
    }
}
