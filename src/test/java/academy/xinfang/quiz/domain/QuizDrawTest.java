package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizDrawTest {

    private static final List<Question> POOL = new ArrayList<>();

    @BeforeAll
    static void loadBanks() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("quizzes"))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".gift")).sorted().toList()) {
                POOL.addAll(
                        GiftParser.parse(file.toString(), TestFiles.read(file)).questions());
            }
        }
    }

    @Test
    void theSameSeedDrawsTheSameQuizWhateverTheMapOrder() {
        Map<String, Integer> one = new LinkedHashMap<>();
        one.put("petition-basics", 5);
        one.put("COLD_RECEPTION", 2);
        one.put("six-taboos", 4);
        Map<String, Integer> other = new HashMap<>();
        other.put("six-taboos", 4);
        other.put("COLD_RECEPTION", 2);
        other.put("petition-basics", 5);
        List<Question> first = QuizDraw.draw(POOL, one, 42);
        assertThat(QuizDraw.draw(POOL, other, 42)).isEqualTo(first);
        assertThat(first).hasSize(11).doesNotHaveDuplicates();
        assertThat(QuizDraw.draw(POOL, one, 43)).isNotEqualTo(first);
    }

    @Test
    void drawsTheRequestedNumberPerCategoryAndTag() {
        List<Question> drawn = QuizDraw.draw(POOL, Map.of("COLD_RECEPTION", 3, "petition-basics", 4), 7);
        assertThat(drawn.stream().filter(q -> q.tags().contains(Tag.COLD_RECEPTION)))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(drawn.stream().filter(q -> q.categoryPath().equals("petition-basics")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(drawn).hasSize(7);
    }

    @Test
    void aCategoryIncludesItsSubCategories() {
        List<Question> all = QuizDraw.draw(POOL, Map.of("six-taboos", 21), 1);
        assertThat(all).extracting(Question::categoryPath).contains("six-taboos/recognise", "six-taboos");
    }

    @Test
    void refusesAQuotaThePoolCannotFill() {
        assertThatThrownBy(() -> QuizDraw.draw(POOL, Map.of("petition-basics", 1000), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
