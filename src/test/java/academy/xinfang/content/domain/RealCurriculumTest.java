package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.content.application.ModuleSource;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The modules shipped in content/ must load cleanly: a broken file would hide a module from every learner. */
class RealCurriculumTest {

    private static final Path CONTENT = Paths.get("content");

    private static final List<ParseResult> RESULTS = new ArrayList<>();

    @BeforeAll
    static void parseEveryModuleFile() throws IOException {
        assertThat(CONTENT).as("tests run from the project root").isDirectory();
        FileSet.Read folder = ModuleSource.FILES.read(CONTENT);
        assertThat(folder.problems()).isEmpty();
        for (SourceFolder.SourceFile file : folder.files()) {
            RESULTS.add(ModuleParser.parse(file.name(), file.text()));
        }
    }

    private static List<ParsedModule> modules() {
        return RESULTS.stream().flatMap(r -> r.module().stream()).toList();
    }

    @Test
    void everyModuleFileParsesWithoutProblems() {
        assertThat(RESULTS.stream().flatMap(r -> r.problems().stream()).map(ImportProblem::toString))
                .isEmpty();
    }

    @Test
    void curriculumHasAtLeastThirteenModules() {
        assertThat(modules()).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void curriculumAsAWholeHasNoProblems() {
        assertThat(CurriculumValidator.validate(modules()).stream().map(ImportProblem::toString))
                .isEmpty();
    }

    @Test
    void everyModuleHasObjectivesSelfCheckAndAWorkedExample() {
        assertThat(modules()).allSatisfy(module -> {
            assertThat(module.hasSection("objectives"))
                    .as("%s has objectives", module.file())
                    .isTrue();
            assertThat(module.hasSection("self-check"))
                    .as("%s has self-check", module.file())
                    .isTrue();
            assertThat(module.sections())
                    .as("%s has an example", module.file())
                    .anyMatch(section -> section.id().startsWith("example"));
        });
    }

    @Test
    void everyModuleRendersWithEverySectionIdAsAnIdAttribute() {
        MarkdownRenderer renderer = new MarkdownRenderer();

        assertThat(modules()).allSatisfy(module -> {
            String html = renderer.render(module.body());
            assertThat(html).as(module.file()).isNotBlank();
            for (Section section : module.sections()) {
                assertThat(html)
                        .as("%s section %s", module.file(), section.id())
                        .contains("<h" + section.level() + " id=\"" + section.id() + "\"");
            }
        });
    }

    @Test
    void everyModuleHasSearchableText() {
        assertThat(modules())
                .allSatisfy(module -> assertThat(TextExtractor.plainText(module.body()))
                        .as(module.file())
                        .contains(module.sections().get(0).title()));
    }
}
