package academy.xinfang.quiz.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of the quiz list: the order in which an officer's courses lead to each quiz. Courses come in the caller's
 * order (assigned ones first), a quiz takes its place from the first course that contains it, and within a course the
 * course file decides (a module's quiz follows the module, so 素质一 comes before 素质三 before 素质七, whatever their
 * keys). A quiz that no course leads to comes last: those testing a module before those that test none, then by key.
 */
public final class QuizOrder {
    private final Map<String, int[]> places = new HashMap<>();

    /** @param courses each course's quiz keys in course order, courses in the caller's order */
    public QuizOrder(List<List<String>> courses) {
        for (int c = 0; c < courses.size(); c++) {
            List<String> quizzes = courses.get(c);
            for (int i = 0; i < quizzes.size(); i++) {
                places.putIfAbsent(quizzes.get(i), new int[] {c, i});
            }
        }
    }

    /** The quizzes sorted; {@code key} gives a quiz's bank key, {@code module} the module it tests or null. */
    public <T> List<T> sort(List<T> quizzes, Function<T, String> key, Function<T, String> module) {
        int[] nowhere = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        Comparator<T> byCourse = Comparator.comparingInt((T q) -> places.getOrDefault(key.apply(q), nowhere)[0])
                .thenComparingInt(q -> places.getOrDefault(key.apply(q), nowhere)[1]);
        return quizzes.stream()
                .sorted(byCourse.thenComparing(q -> module.apply(q) == null).thenComparing(key))
                .toList();
    }
}
