package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The banks shipped in quizzes/ must load cleanly and survive a write/parse round trip. */
class RealBanksTest {

    private static final Path QUIZZES = Paths.get("quizzes");

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final Map<String, BankParseResult> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void parseEveryBank() throws IOException {
        assertThat(QUIZZES).as("tests run from the project root").isDirectory();
        try (Stream<Path> files = Files.list(QUIZZES)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".gift")).sorted().toList()) {
                String name = file.getFileName().toString();
                String text = TestFiles.read(file);
                TEXTS.put(name, text);
                RESULTS.put(name, GiftParser.parse(name, text, MarkdownLimits::check));
            }
        }
    }

    private static List<Question> all() {
        List<Question> all = new ArrayList<>();
        RESULTS.values().forEach(r -> all.addAll(r.questions()));
        return all;
    }

    @Test
    void everyBankParsesWithoutProblems() {
        assertThat(RESULTS).isNotEmpty();
        assertThat(RESULTS.values().stream().flatMap(r -> r.problems().stream()).toList())
                .isEmpty();
    }

    @Test
    void theBanksHoldAtLeast150QuestionsOfEveryType() {
        assertThat(all()).hasSizeGreaterThanOrEqualTo(150);
        EnumSet<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        all().forEach(q -> types.add(q.type()));
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void everyQuestionHasNameSectionAndExplanation() {
        assertThat(all()).allSatisfy(q -> {
            assertThat(q.name()).matches("[a-z]{2}-[a-z0-9-]+");
            assertThat(q.section()).as(q.name()).matches("[a-z0-9-]+#[a-z0-9-]+");
            assertThat(q.generalFeedback()).as(q.name()).isNotBlank();
            assertThat(q.categoryPath()).as(q.name()).isNotBlank();
        });
    }

    @Test
    void everyBankHasAsManyQuestionsAsMetadataLines() {
        TEXTS.forEach((name, text) -> assertThat(RESULTS.get(name).questions())
                .as(name)
                .hasSize((int)
                        text.lines().filter(l -> l.startsWith("// @tags:")).count()));
    }

    @Test
    void everyBankSurvivesWriteThenParse() {
        RESULTS.forEach((name, result) -> {
            BankParseResult again = GiftParser.parse(name, GiftWriter.write(result.questions()));
            assertThat(again.problems()).as(name).isEmpty();
            assertThat(SampleQuestions.withoutLines(again.questions()))
                    .as(name)
                    .isEqualTo(SampleQuestions.withoutLines(result.questions()));
        });
    }

    @Test
    void writingTheParsedBankReproducesTheFileExactly() {
        // our writer follows the README layout, so a bank written by hand the same way comes back byte for byte;
        // the quiz settings lines at the top belong to the quiz, not to the questions, and are not written
        RESULTS.forEach((name, result) -> assertThat(GiftWriter.write(result.questions()))
                .as(name)
                .isEqualTo(TEXTS.get(name).replaceAll("(?m)^// @quiz:.*\n", "")));
    }

    @Test
    void settingsAndQuestionsWrittenBackGiveTheFileExactly() {
        // what the trainers' GIFT export produces: importing it again changes nothing
        RESULTS.forEach((name, result) -> {
            QuizSettings settings =
                    QuizSettingsParser.parse(name, TEXTS.get(name), "x", null).settings();
            assertThat(QuizSettingsWriter.write(settings) + GiftWriter.write(result.questions()))
                    .as(name)
                    .isEqualTo(TEXTS.get(name));
        });
    }

    @Test
    void everyBankCarriesCleanQuizSettingsAndTheFinalExamCanBeDrawn() {
        List<Question> pool =
                RESULTS.values().stream().flatMap(r -> r.questions().stream()).toList();
        TEXTS.forEach((name, text) -> {
            QuizSettingsParser.Result settings = QuizSettingsParser.parse(name, text, "fallback", null);
            assertThat(settings.problems()).as(name).isEmpty();
            assertThat(settings.settings().title()).as(name).isNotEqualTo("fallback");
            if (!settings.settings().draw().isEmpty()) {
                int wanted = settings.settings().draw().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                assertThat(QuizDraw.draw(pool, settings.settings().draw(), 7))
                        .as(name)
                        .hasSize(wanted);
            }
        });
    }

    @Test
    void everySectionLinkPointsToAHeadingOfItsModule() throws IOException {
        // the "read again" link shown with the feedback would be dead otherwise
        Map<String, String> modules = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Paths.get("content"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = TestFiles.read(file);
                text.lines()
                        .filter(l -> l.startsWith("id:"))
                        .findFirst()
                        .ifPresent(l -> modules.put(l.substring(3).strip(), text));
            }
        }
        assertThat(all()).allSatisfy(q -> {
            String module = q.section().substring(0, q.section().indexOf('#'));
            String anchor = "{" + q.section().substring(module.length()) + "}";
            assertThat(modules).as(q.name()).containsKey(module);
            assertThat(modules.get(module).lines().filter(l -> l.startsWith("##") && l.contains(anchor)))
                    .as(q.name() + " -> " + q.section())
                    .isNotEmpty();
        });
    }
}
