package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseLoaderTest {

    private static final String HEAD = """
            key: t
            title: {zh: 测试课程, en: Test course}
            items:
            """;

    private static List<ImportProblem> problems(String yaml) {
        CourseLoadResult result = CourseLoader.load("t.yaml", yaml);
        assertThat(result.isValid()).as("expected problems").isFalse();
        return result.problems();
    }

    private static Course course(String yaml) {
        CourseLoadResult result = CourseLoader.load("t.yaml", yaml);
        assertThat(result.problems()).isEmpty();
        return result.course().orElseThrow();
    }

    @Test
    void loadsEveryPartOfAValidFile() {
        Course course = course("""
                key: induction
                title:
                  zh: 新任干部入职
                  en: Induction
                description: 第一门课
                items:
                  - type: module
                    ref: six-taboos
                  - type: quiz
                    ref: six-taboos
                    mandatory: false
                    prerequisites: [module:six-taboos]
                  - type: scenario
                    ref: wage-arrears
                    threshold: 75
                    prerequisites: [quiz:six-taboos]
                """);

        assertThat(course.file()).isEqualTo("t.yaml");
        assertThat(course.key()).isEqualTo("induction");
        assertThat(course.titleZh()).isEqualTo("新任干部入职");
        assertThat(course.titleEn()).isEqualTo("Induction");
        assertThat(course.description()).isEqualTo("第一门课");
        assertThat(course.items())
                .containsExactly(
                        new CourseItem(ItemType.MODULE, "six-taboos", true, List.of(), 0, 7),
                        new CourseItem(
                                ItemType.QUIZ,
                                "six-taboos",
                                false,
                                List.of(new ItemKey(ItemType.MODULE, "six-taboos")),
                                0,
                                9),
                        new CourseItem(
                                ItemType.SCENARIO,
                                "wage-arrears",
                                true,
                                List.of(new ItemKey(ItemType.QUIZ, "six-taboos")),
                                75,
                                13));
    }

    @Test
    void scenarioWithoutThresholdGetsTheDefaultAndABareRefResolvesToTheOnlyEarlierItem() {
        Course course = course(HEAD + """
                  - {type: module, ref: visitor-psychology}
                  - {type: scenario, ref: demolition, prerequisites: [visitor-psychology]}
                """);

        CourseItem scenario = course.items().get(1);
        assertThat(scenario.threshold()).isEqualTo(60);
        assertThat(scenario.prerequisites()).containsExactly(new ItemKey(ItemType.MODULE, "visitor-psychology"));
        assertThat(course.description()).isEmpty();
    }

    @Test
    void bareRefSharedByTwoEarlierItemsIsAmbiguous() {
        List<ImportProblem> problems = problems(HEAD + """
                  - {type: module, ref: six-taboos}
                  - {type: quiz, ref: six-taboos}
                  - type: scenario
                    ref: demolition
                    prerequisites: [six-taboos]
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("course.ambiguousPrerequisite");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.arguments()).containsExactly("six-taboos", "[module:six-taboos, quiz:six-taboos]");
        });
    }

    @Test
    void bareRefThatNamesNoEarlierItemIsReportedAtItsOwnLine() {
        List<ImportProblem> problems = problems(HEAD + """
                  - type: module
                    ref: a
                    prerequisites: [b]
                  - type: module
                    ref: b
                """);

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::line, ImportProblem::arguments)
                .containsExactly(tuple("course.prerequisiteNotEarlier", 6, List.of("b", "b")));
    }

    @Test
    void typedPrerequisiteThatIsNotEarlierIsReportedAtTheItem() {
        List<ImportProblem> problems = problems(HEAD + """
                  - type: module
                    ref: b
                  - type: module
                    ref: c
                    prerequisites: [module:c, module:b, quiz:b]
                """);

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::line, ImportProblem::arguments)
                .containsExactly(
                        tuple("course.prerequisiteNotEarlier", 6, List.of("module:c", "module:c")),
                        tuple("course.prerequisiteNotEarlier", 6, List.of("module:c", "quiz:b")));
    }

    @Test
    void unknownItemTypeIsNamedAtItsLine() {
        List<ImportProblem> problems = problems(HEAD + """
                  - type: video
                    ref: a
                  - type: module
                    ref: b
                    prerequisites: [lecture:a]
                """);

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactly(tuple("course.unknownItemType", 4), tuple("course.unknownItemType", 8));
        assertThat(problems.get(0).arguments()).containsExactly("video");
    }

    @Test
    void typedPrerequisiteWithoutARefIsABadValue() {
        List<ImportProblem> problems = problems(HEAD + """
                  - {type: module, ref: a}
                  - {type: quiz, ref: a, prerequisites: ["module:"]}
                """);

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::line, ImportProblem::arguments)
                .containsExactly(tuple("course.badValue", 5, List.of("prerequisites", "module:")));
    }

    @Test
    void twoFilesWithOneCourseKeyAreReportedAtTheSecondFile() {
        Course first = course(HEAD + "  - {type: module, ref: a}\n");
        Course second = CourseLoader.load("u.yaml", HEAD + "  - {type: module, ref: b}\n")
                .course()
                .orElseThrow();
        Course other = CourseLoader.load("v.yaml", HEAD.replace("key: t", "key: v") + "  - {type: module, ref: b}\n")
                .course()
                .orElseThrow();

        assertThat(CourseValidator.duplicateKeys(List.of(first, other, second)))
                .extracting(ImportProblem::file, ImportProblem::key, ImportProblem::arguments)
                .containsExactly(tuple("u.yaml", "course.duplicateCourseKey", List.of("t", "t.yaml")));
    }

    @Test
    void duplicateItemIsReportedAtTheSecondOccurrence() {
        List<ImportProblem> problems = problems(HEAD + """
                  - {type: quiz, ref: a}
                  - {type: module, ref: a}
                  - {type: quiz, ref: a}
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("course.duplicateItem");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.arguments()).containsExactly("quiz:a");
        });
    }

    @Test
    void thresholdOutsideZeroToHundredOrOnANonScenarioIsRefused() {
        List<ImportProblem> problems = problems(HEAD + """
                  - {type: scenario, ref: a, threshold: 101}
                  - {type: scenario, ref: b, threshold: -1}
                  - {type: scenario, ref: c, threshold: "70"}
                  - {type: quiz, ref: d, threshold: 50}
                  - {type: scenario, ref: e, threshold: 100}
                  - {type: scenario, ref: f, threshold: 0}
                """);

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactly(
                        tuple("course.thresholdOutOfRange", 4),
                        tuple("course.thresholdOutOfRange", 5),
                        tuple("course.badValue", 6),
                        tuple("course.thresholdNotScenario", 7));
    }

    @Test
    void courseWithoutAMandatoryItemIsRefused() {
        List<ImportProblem> problems = problems(HEAD + """
                  - {type: module, ref: a, mandatory: false}
                  - {type: module, ref: b, mandatory: false}
                """);

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactly(tuple("course.noMandatoryItem", 4));
    }

    @Test
    void missingUnknownAndMistypedFieldsAreAllReported() {
        List<ImportProblem> problems = problems("""
                key: Bad Key
                title: {zh: 测试}
                colour: red
                items:
                  - {type: module, ref: a, mandatory: yes}
                  - {type: module}
                  - just-a-string
                """);

        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactlyInAnyOrder(
                        tuple("course.unknownField", 3),
                        tuple("course.badValue", 1),
                        tuple("course.missingField", 2),
                        tuple("course.badValue", 5),
                        tuple("course.missingField", 6),
                        tuple("course.badType", 7));
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        List<ImportProblem> problems = problems(HEAD + "  - {type: module, ref: [a\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("course.badYaml");
            assertThat(p.file()).isEqualTo("t.yaml");
            assertThat(p.line()).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void emptyFileIsBadYaml() {
        assertThat(problems("")).extracting(ImportProblem::key).containsExactly("course.badYaml");
    }

    @Test
    void typeTagsCannotInstantiateJavaObjects() {
        List<ImportProblem> problems = problems(HEAD + "  - !!javax.script.ScriptEngineManager [a]\n");

        assertThat(problems).extracting(ImportProblem::key).containsExactly("course.badYaml");
        assertThat(problems.get(0).arguments().get(0).toString()).contains("javax.script");
    }

    @Test
    void problemPrintsLikeACompilerMessage() {
        assertThat(ImportProblem.of("c.yaml", 3, "course.duplicateItem", "quiz:a"))
                .hasToString("c.yaml:3: course.duplicateItem [quiz:a]");
    }
}
