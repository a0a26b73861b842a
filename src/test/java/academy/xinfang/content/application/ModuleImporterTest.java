package academy.xinfang.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.content.domain.LearningModule;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.domain.ModuleProgress;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.SectionRead;
import academy.xinfang.content.persistence.ModuleRepository;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.ImportReport;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The content import on a real database (H2 and MariaDB): idempotence, versions, refusals, progress kept. */
class ModuleImporterTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Clock CLOCK = TestClock.FIXED;

    static String module(String id, int order, String extraSection) {
        return """
                ---
                id: %s
                title: 测试模块 %s
                summary: 用于测试的模块。
                objectives:
                  - 能说出六忌
                minutes: 5
                order: %d
                prerequisites: []
                tags: [COLD_RECEPTION]
                sources: [000_f99291dc47152688.txt]
                ---

                ## 学习目标 {#objectives}

                接待冷淡是第一忌。

                ## 要点 {#key-points}

                | 忌 | 宜 |
                |---|---|
                | 冷淡 | 热情 |
                %s
                """.formatted(id, id, order, extraSection);
    }

    private static ImportReport run(TestDatabase db, SourceFolder.SourceFile... files) {
        return db.apply(em ->
                new ModuleImporter(new ModuleRepository(em), RENDERER, CLOCK).importAll(List.of(files), List.of()));
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void unchangedFilesDoNothingAndChangedOnesBecomeNewVersionsOnline(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            var a = new SourceFolder.SourceFile("01-alpha.md", module("alpha", 10, ""));
            var b = new SourceFolder.SourceFile("02-beta.md", module("beta", 20, ""));
            ImportReport first = run(db, a, b);
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.problems()).isEmpty();

            ImportReport again = run(db, a, b);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.added() + again.updated()).isZero();

            var changed = new SourceFolder.SourceFile("01-alpha.md", module("alpha", 10, "\n## 新增 {#added}\n\n新内容。\n"));
            ImportReport third = run(db, changed, b);
            assertThat(third.updated()).isEqualTo(1);
            assertThat(third.unchanged()).isEqualTo(1);

            // A file put back to text that was imported before is not a new version (editor versions survive restarts).
            ImportReport reverted = run(db, a, b);
            assertThat(reverted.unchanged()).isEqualTo(2);

            List<ModuleVersion> versions = db.apply(em -> new ModuleRepository(em).versionsOf("alpha"));
            assertThat(versions).extracting(ModuleVersion::getVersionNo).containsExactly(1, 2);
            long onlineId = db.apply(
                    em -> new ModuleRepository(em).currentVersionId("alpha").orElseThrow());
            assertThat(onlineId).isEqualTo(versions.get(1).getId());
            ModuleVersion online = db.apply(
                    em -> new ModuleRepository(em).versionWithSections(onlineId).orElseThrow());
            assertThat(online.getSections())
                    .extracting(s -> s.getKey())
                    .containsExactly("objectives", "key-points", "added");
            assertThat(online.getSections().get(1).getHtml())
                    .contains("<table>")
                    .contains("冷淡");
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aBrokenFileIsReportedWithItsLineAndThePublishedVersionStaysOnline(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            run(db, new SourceFolder.SourceFile("01-alpha.md", module("alpha", 10, "")));
            long before = db.apply(
                    em -> new ModuleRepository(em).currentVersionId("alpha").orElseThrow());

            String broken =
                    module("alpha", 10, "").replace("tags: [COLD_RECEPTION]", "tags: [COLD_RECEPTION, NOT_A_TAG]");
            ImportReport report = run(
                    db,
                    new SourceFolder.SourceFile("01-alpha.md", broken),
                    new SourceFolder.SourceFile("02-beta.md", module("beta", 20, "")));

            assertThat(report.problems())
                    .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::key)
                    .containsExactly(Tuple.tuple("01-alpha.md", 10, "content.unknownTag"));
            assertThat(report.added()).as("the good file still loads").isEqualTo(1);
            long after = db.apply(
                    em -> new ModuleRepository(em).currentVersionId("alpha").orElseThrow());
            assertThat(after).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void filesNestedTooDeepAreRefusedWithTheirLinesAndTheRestImports(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            run(db, new SourceFolder.SourceFile("01-alpha.md", module("alpha", 10, "")));
            long before = db.apply(
                    em -> new ModuleRepository(em).currentVersionId("alpha").orElseThrow());
            String quotes = ">".repeat(20_000) + " 深";
            // passes the source scan, caught in the parsed tree
            String emphasis = "(u)___".repeat(40) + "x" + "__".repeat(40);
            String deepAlpha = module("alpha", 10, "\n" + quotes + "\n");
            String deepGamma = module("gamma", 30, "\n" + emphasis + "\n");

            ImportReport report = run(
                    db,
                    new SourceFolder.SourceFile("01-alpha.md", deepAlpha),
                    new SourceFolder.SourceFile("02-beta.md", module("beta", 20, "")),
                    new SourceFolder.SourceFile("03-gamma.md", deepGamma));

            assertThat(report.problems())
                    .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::key)
                    .containsExactlyInAnyOrder(
                            Tuple.tuple("01-alpha.md", lineOf(deepAlpha, quotes), "markdown.tooDeep"),
                            Tuple.tuple("03-gamma.md", lineOf(deepGamma, emphasis), "markdown.inlineTooDeep"));
            assertThat(report.added()).as("the good file still loads").isEqualTo(1);
            long after = db.apply(
                    em -> new ModuleRepository(em).currentVersionId("alpha").orElseThrow());
            assertThat(after).isEqualTo(before);
            boolean gammaStored =
                    db.apply(em -> new ModuleRepository(em).findByKey("gamma").isPresent());
            assertThat(gammaStored).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aModuleRefusedWhenRenderedIsNoPrerequisiteOtherFilesCanName(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            // passes the parser's source scan, refused when rendered
            String deep = module("gamma", 30, "\n" + "(u)___".repeat(40) + "x" + "__".repeat(40) + "\n");
            String needsGamma = module("delta", 40, "").replace("prerequisites: []", "prerequisites: [gamma]");

            ImportReport report = run(
                    db,
                    new SourceFolder.SourceFile("03-gamma.md", deep),
                    new SourceFolder.SourceFile("04-delta.md", needsGamma));

            assertThat(report.problems())
                    .extracting(ImportProblem::file, ImportProblem::key)
                    .containsExactlyInAnyOrder(
                            Tuple.tuple("03-gamma.md", "markdown.inlineTooDeep"),
                            Tuple.tuple("04-delta.md", "content.unknownPrerequisite"));
            assertThat(report.added()).isZero();
        }
    }

    private static int lineOf(String text, String line) {
        return (int) text.substring(0, text.indexOf(line))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void readingProgressSurvivesANewVersionBySectionId(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            run(db, new SourceFolder.SourceFile("01-alpha.md", module("alpha", 10, "")));
            long userId = db.apply(em -> {
                User u = new User("reader1", "读者", "h", List.of(Role.OFFICER), CLOCK.instant());
                em.persist(u);
                em.flush();
                LearningModule m = new ModuleRepository(em).findByKey("alpha").orElseThrow();
                em.persist(new SectionRead(u.getId(), m.getId(), "objectives", CLOCK.instant()));
                em.persist(new SectionRead(u.getId(), m.getId(), "key-points", CLOCK.instant()));
                return u.getId();
            });

            run(db, new SourceFolder.SourceFile("01-alpha.md", module("alpha", 10, "\n## 新增 {#added}\n\n新内容。\n")));

            long moduleId = db.apply(em ->
                    new ModuleRepository(em).findByKey("alpha").orElseThrow().getId());
            Set<String> read = db.apply(em -> new ModuleRepository(em).readSections(userId, moduleId));
            long onlineId = db.apply(
                    em -> new ModuleRepository(em).currentVersionId("alpha").orElseThrow());
            List<String> sections = db.apply(em -> new ModuleRepository(em)
                    .versionWithSections(onlineId).orElseThrow().getSections().stream()
                            .map(s -> s.getKey())
                            .toList());
            assertThat(ModuleProgress.percent(sections, read)).isEqualTo(66);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theRealCurriculumImportsWithoutAProblem(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            FileSet.Read folder = ModuleSource.FILES.read(Path.of("content"));
            ImportReport report = db.apply(em -> new ModuleImporter(new ModuleRepository(em), RENDERER, CLOCK)
                    .importAll(folder.files(), folder.problems()));
            assertThat(report.problems()).isEmpty();
            assertThat(report.added()).isGreaterThanOrEqualTo(13);
            List<ModuleVersion> online = db.apply(em -> new ModuleRepository(em).currentVersions());
            assertThat(online).hasSize(report.added());
            List<ModuleVersion> found = db.apply(em -> new ModuleRepository(em).search("消极推诿"));
            assertThat(found).extracting(v -> v.getModule().getKey()).contains("six-taboos");
        }
    }
}
