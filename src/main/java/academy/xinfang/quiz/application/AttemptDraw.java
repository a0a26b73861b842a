package academy.xinfang.quiz.application;

import academy.xinfang.quiz.domain.Question;
import academy.xinfang.quiz.domain.QuizDraw;
import academy.xinfang.quiz.domain.QuizSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The questions of a new attempt, as {@code bankVersionId name} references in display order. A quiz without a quota
 * asks all its own questions; a quiz with one (a final exam) draws it from every current bank. With shuffling on, the
 * order is shuffled by the attempt's seed, so the same seed always gives the same attempt. A quota the banks cannot
 * fill is refused ({@code quiz.drawImpossible}).
 */
public final class AttemptDraw {

    private AttemptDraw() {}

    public static List<String> draw(ParsedBank bank, Collection<ParsedBank> currentBanks, long seed) {
        QuizSettings settings = bank.settings();
        List<String> refs = new ArrayList<>();
        if (settings.draw().isEmpty()) {
            List<Question> questions = new ArrayList<>(bank.questions());
            if (settings.shuffle()) {
                Collections.shuffle(questions, new Random(seed));
            }
            questions.forEach(q -> refs.add(bank.versionId() + " " + q.name()));
            return refs;
        }
        Map<Question, ParsedBank> owner = new IdentityHashMap<>();
        List<Question> pool = new ArrayList<>();
        for (ParsedBank b : currentBanks) {
            for (Question q : b.questions()) {
                owner.put(q, b);
                pool.add(q);
            }
        }
        List<Question> drawn;
        try {
            drawn = new ArrayList<>(QuizDraw.draw(pool, settings.draw(), seed));
        } catch (IllegalArgumentException e) {
            throw new QuizException("quiz.drawImpossible", e.getMessage());
        }
        if (settings.shuffle()) {
            Collections.shuffle(drawn, new Random(seed));
        }
        drawn.forEach(q -> refs.add(owner.get(q).versionId() + " " + q.name()));
        return refs;
    }
}
