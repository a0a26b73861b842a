package academy.xinfang.quiz.application;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.quiz.domain.AnswerCodec;
import academy.xinfang.quiz.domain.ItemAnalysis;
import academy.xinfang.quiz.domain.ItemStatistics;
import academy.xinfang.quiz.domain.Question;
import academy.xinfang.quiz.domain.QuizAttempt;
import academy.xinfang.quiz.domain.Response;
import academy.xinfang.quiz.persistence.QuizRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Item analysis of a quiz over its submitted attempts, for trainers: which questions are too easy, too hard or
 * misleading, which distractors draw officers, and which tags (qualities, taboos, visitor types) officers get wrong.
 * A question an attempt did not answer counts as 0, as it did in the attempt's score.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class AnalysisService {

    public record OptionRow(String text, boolean right, double frequency) {}

    public record ItemRow(
            String questionKey,
            String type,
            String text,
            int responses,
            double facility,
            double discrimination,
            boolean flagged,
            List<OptionRow> options) {}

    public record TagRow(Tag tag, int responses, double meanPercent) {}

    public record Analysis(
            String quizKey, String title, int attempts, double cronbachAlpha, List<ItemRow> items, List<TagRow> tags) {}

    @Inject
    QuizRepository repository;

    @Inject
    QuizCatalog catalog;

    public Analysis analyse(String quizKey) {
        ParsedBank quiz = catalog.current(quizKey).orElseThrow(() -> new QuizException("quiz.notFound", quizKey));
        Map<String, QuizRepository.SubmittedAnswer> saved = new HashMap<>();
        for (QuizRepository.SubmittedAnswer a : repository.submittedAnswers(quizKey)) {
            saved.put(a.attemptId() + "/" + a.questionKey(), a);
        }
        List<Response> responses = new ArrayList<>();
        Map<String, Question> questions = new HashMap<>();
        for (QuizAttempt attempt : repository.submittedAttempts(quizKey)) {
            for (String ref : attempt.questionRefs()) {
                int space = ref.indexOf(' ');
                ParsedBank bank = catalog.version(Long.parseLong(ref.substring(0, space)));
                Question q = bank.byName().get(ref.substring(space + 1));
                String key = bank.questionKey(q);
                questions.putIfAbsent(key, q);
                QuizRepository.SubmittedAnswer a = saved.get(attempt.getId() + "/" + key);
                Integer chosen = null;
                if (a != null && !a.response().isEmpty()) {
                    chosen = AnswerCodec.chosenOption(AnswerCodec.decode(q, a.response()));
                }
                responses.add(new Response(String.valueOf(attempt.getId()), key, a == null ? 0 : a.score(), chosen));
            }
        }
        ItemAnalysis analysis = ItemAnalysis.of(responses);
        List<ItemRow> items = new ArrayList<>();
        for (ItemStatistics s : analysis.items()) {
            Question q = questions.get(s.questionName());
            items.add(new ItemRow(
                    s.questionName(),
                    q.type().giftName(),
                    plain(q.text()),
                    s.responses(),
                    s.facility(),
                    s.discrimination(),
                    s.flagged(),
                    options(q, s)));
        }
        return new Analysis(
                quizKey,
                quiz.settings().title(),
                analysis.attempts(),
                analysis.cronbachAlpha(),
                items,
                tags(responses, questions));
    }

    private static List<OptionRow> options(Question q, ItemStatistics s) {
        List<OptionRow> rows = new ArrayList<>();
        switch (q.type()) {
            case SINGLE, CASE -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    rows.add(new OptionRow(
                            q.choices().get(i).text(), q.choices().get(i).isFullyRight(), s.optionFrequency(i)));
                }
            }
            case TRUE_FALSE -> {
                rows.add(new OptionRow("√", q.trueFalseAnswer(), s.optionFrequency(0)));
                rows.add(new OptionRow("×", !q.trueFalseAnswer(), s.optionFrequency(1)));
            }
            default -> {
                // no single chosen option to count for other types
            }
        }
        return rows;
    }

    /** Mean score per tag over every response to a question carrying it, weakest first. */
    private static List<TagRow> tags(List<Response> responses, Map<String, Question> questions) {
        Map<Tag, double[]> sums = new TreeMap<>();
        for (Response r : responses) {
            for (Tag tag : questions.get(r.questionName()).tags()) {
                double[] sum = sums.computeIfAbsent(tag, t -> new double[2]);
                sum[0] += r.score();
                sum[1]++;
            }
        }
        List<TagRow> rows = new ArrayList<>();
        sums.forEach((tag, sum) -> rows.add(new TagRow(tag, (int) sum[1], 100 * sum[0] / sum[1])));
        rows.sort((a, b) -> Double.compare(a.meanPercent(), b.meanPercent()));
        return rows;
    }

    private static String plain(String markdown) {
        String text = markdown.replace("**", "").replace('\n', ' ').strip();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
