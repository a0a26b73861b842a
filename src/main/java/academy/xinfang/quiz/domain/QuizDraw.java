package academy.xinfang.quiz.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a quiz from a pool. Each key of the quota is either a tag name ({@code COLD_RECEPTION}: questions carrying
 * that tag) or a category path ({@code six-taboos}: questions of that category and its sub-categories). The same
 * pool, quota and seed always give the same quiz, so an attempt can be rebuilt from its seed; keys are processed in
 * sorted order because the iteration order of a {@code Map} is not stable, and a question is never drawn twice.
 */
public final class QuizDraw {

    private QuizDraw() {}

    public static List<Question> draw(List<Question> pool, Map<String, Integer> perCategoryOrTag, long seed) {
        Random random = new Random(seed);
        Set<Question> drawn = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> quota : new TreeMap<>(perCategoryOrTag).entrySet()) {
            int wanted = quota.getValue();
            if (wanted < 0) {
                throw new IllegalArgumentException("negative quota for " + quota.getKey());
            }
            List<Question> candidates = new ArrayList<>();
            for (Question q : pool) {
                if (!drawn.contains(q) && matches(q, quota.getKey())) {
                    candidates.add(q);
                }
            }
            if (candidates.size() < wanted) {
                throw new IllegalArgumentException("only " + candidates.size() + " questions left for " + quota.getKey()
                        + ", " + wanted + " wanted");
            }
            Collections.shuffle(candidates, random);
            drawn.addAll(candidates.subList(0, wanted));
        }
        return List.copyOf(drawn);
    }

    static boolean matches(Question q, String key) {
        Optional<Tag> tag = Tag.parse(key);
        if (tag.isPresent()) {
            return q.tags().contains(tag.get());
        }
        String path = q.categoryPath();
        return path.equals(key) || path.startsWith(key + "/");
    }
}
