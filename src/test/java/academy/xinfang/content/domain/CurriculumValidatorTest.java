package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurriculumValidatorTest {

    private static final int ID_LINE = 2;
    private static final int PREREQUISITES_LINE = 9;

    /** A valid module file whose id is on line 2 and prerequisites on line 9. */
    private static ParsedModule module(String file, String id, String... prerequisites) {
        String text = """
                ---
                id: %s
                title: 模块 %s
                summary: 测试用。
                objectives:
                  - 能说出一件事
                minutes: 5
                order: 10
                prerequisites: [%s]
                tags: []
                sources: []
                ---

                ## 学习目标 {#objectives}
                """.formatted(id, id, String.join(", ", prerequisites));
        ParseResult result = ModuleParser.parse(file, text);
        assertThat(result.problems()).isEmpty();
        return result.module().orElseThrow();
    }

    @Test
    void validChainHasNoProblems() {
        List<ParsedModule> modules = List.of(
                module("a.md", "basics"),
                module("b.md", "qualities", "basics"),
                module("c.md", "taboos", "basics", "qualities"));

        assertThat(CurriculumValidator.validate(modules)).isEmpty();
    }

    @Test
    void emptyCurriculumHasNoProblems() {
        assertThat(CurriculumValidator.validate(List.of())).isEmpty();
    }

    @Test
    void duplicateIdIsReportedOnTheSecondFileAtItsIdLineNamingTheFirstFile() {
        List<ParsedModule> modules = List.of(module("a.md", "basics"), module("b.md", "basics"));

        assertThat(CurriculumValidator.validate(modules))
                .containsExactly(new ImportProblem("b.md", ID_LINE, "content.duplicateId", List.of("basics", "a.md")));
    }

    @Test
    void everyLaterDuplicateIsReported() {
        List<ParsedModule> modules =
                List.of(module("a.md", "basics"), module("b.md", "basics"), module("c.md", "basics"));

        assertThat(CurriculumValidator.validate(modules))
                .extracting(ImportProblem::file)
                .containsExactly("b.md", "c.md");
    }

    @Test
    void prerequisiteNamingNoModuleIsReportedAtThePrerequisitesLine() {
        List<ParsedModule> modules = List.of(module("a.md", "basics"), module("b.md", "taboos", "basics", "basic"));

        assertThat(CurriculumValidator.validate(modules))
                .containsExactly(
                        new ImportProblem("b.md", PREREQUISITES_LINE, "content.unknownPrerequisite", List.of("basic")));
    }

    @Test
    void threeModuleCycleIsReportedOnceOnItsFirstListedMemberWithThePath() {
        List<ParsedModule> modules = List.of(
                module("a.md", "alpha", "gamma"),
                module("b.md", "beta", "alpha"),
                module("c.md", "gamma", "beta"),
                module("d.md", "delta", "alpha"));

        assertThat(CurriculumValidator.validate(modules))
                .containsExactly(new ImportProblem(
                        "a.md",
                        PREREQUISITES_LINE,
                        "content.prerequisiteCycle",
                        List.of("alpha → gamma → beta → alpha")));
    }

    @Test
    void moduleRequiringItselfIsACycle() {
        List<ParsedModule> modules = List.of(module("a.md", "alpha", "alpha"));

        assertThat(CurriculumValidator.validate(modules))
                .containsExactly(new ImportProblem(
                        "a.md", PREREQUISITES_LINE, "content.prerequisiteCycle", List.of("alpha → alpha")));
    }

    @Test
    void twoSeparateCyclesAreBothReportedInFileOrder() {
        List<ParsedModule> modules = List.of(
                module("a.md", "alpha", "beta"),
                module("b.md", "beta", "alpha"),
                module("c.md", "gamma", "delta"),
                module("d.md", "delta", "gamma"));

        assertThat(CurriculumValidator.validate(modules))
                .extracting(ImportProblem::file, ImportProblem::arguments)
                .containsExactly(
                        tuple("a.md", List.of("alpha → beta → alpha")),
                        tuple("c.md", List.of("gamma → delta → gamma")));
    }

    @Test
    void diamondIsNotACycle() {
        List<ParsedModule> modules = List.of(
                module("a.md", "alpha"),
                module("b.md", "beta", "alpha"),
                module("c.md", "gamma", "alpha"),
                module("d.md", "delta", "beta", "gamma"));

        assertThat(CurriculumValidator.validate(modules)).isEmpty();
    }

    @Test
    void moduleBuiltWithoutTheParserIsReportedAtLineZero() {
        ParsedModule parsed = module("a.md", "basics");
        ParsedModule built = new ParsedModule(
                "b.md",
                "basics",
                "t",
                "s",
                List.of("o"),
                5,
                10,
                List.of(),
                Set.of(),
                List.of(),
                "## x {#x}",
                1,
                List.of(new Section("x", "x", 2, 1)),
                "not-a-known-hash",
                0, // built without a file behind it: the lines of its fields are unknown
                0);

        assertThat(CurriculumValidator.validate(List.of(parsed, built)))
                .containsExactly(new ImportProblem("b.md", 0, "content.duplicateId", List.of("basics", "a.md")));
    }
}
