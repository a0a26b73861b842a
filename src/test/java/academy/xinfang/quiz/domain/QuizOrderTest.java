package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QuizOrderTest {
    record Quiz(String key, String module) {}

    private static final Function<Quiz, String> KEY = Quiz::key;
    private static final Function<Quiz, String> MODULE = Quiz::module;

    private static List<String> keys(List<Quiz> quizzes) {
        return quizzes.stream().map(Quiz::key).toList();
    }

    @Test
    void followsTheCourseNotTheKeys() {
        // by key: innovation (素质七) < political (素质一) < pragmatic (素质六)
        List<Quiz> quizzes = List.of(
                new Quiz("quality-innovation", "quality-innovation"),
                new Quiz("quality-political-integrity", "quality-political-integrity"),
                new Quiz("quality-pragmatic-style", "quality-pragmatic-style"));
        QuizOrder order = new QuizOrder(
                List.of(List.of("quality-political-integrity", "quality-pragmatic-style", "quality-innovation")));

        assertThat(keys(order.sort(quizzes, KEY, MODULE)))
                .containsExactly("quality-political-integrity", "quality-pragmatic-style", "quality-innovation");
    }

    @Test
    void anEarlierCourseDecidesAndAQuizInTwoCoursesKeepsItsFirstPlace() {
        List<Quiz> quizzes = List.of(new Quiz("c", "c"), new Quiz("b", "b"), new Quiz("a", "a"));
        QuizOrder order = new QuizOrder(List.of(List.of("c", "a"), List.of("b", "c")));

        assertThat(keys(order.sort(quizzes, KEY, MODULE))).containsExactly("c", "a", "b");
    }

    @Test
    void quizzesInNoCourseComeLastModuleQuizzesBeforeOthersThenByKey() {
        List<Quiz> quizzes = List.of(
                new Quiz("final-exam", null),
                new Quiz("zeta", "zeta"),
                new Quiz("alpha", "alpha"),
                new Quiz("in-course", "in-course"));
        QuizOrder order = new QuizOrder(List.of(List.of("in-course")));

        assertThat(keys(order.sort(quizzes, KEY, MODULE))).containsExactly("in-course", "alpha", "zeta", "final-exam");
    }

    @Test
    void withoutCoursesModuleQuizzesComeBeforeTheFinalExam() {
        List<Quiz> quizzes = List.of(new Quiz("final-exam", null), new Quiz("six-taboos", "six-taboos"));

        assertThat(keys(new QuizOrder(List.of()).sort(quizzes, KEY, MODULE)))
                .containsExactly("six-taboos", "final-exam");
    }
}
