package academy.xinfang.roleplay.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.ImportReport;
import academy.xinfang.roleplay.domain.ScenarioVersion;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenario import on a real database (H2 and MariaDB): idempotence, versions, refusals that keep what is played. */
class ScenarioImporterTest {

    private static ImportReport run(TestDatabase db, SourceFolder.SourceFile... files) {
        return db.apply(em -> new ScenarioImporter(new RolePlayRepository(em), PlayFixtures.clock())
                .importAll(List.of(files), List.of()));
    }

    private static long currentVersionId(TestDatabase db, String key) {
        return db.apply(em ->
                new RolePlayRepository(em).currentVersion(key).orElseThrow().getId());
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void unchangedTextDoesNothingAndANewValidTextBecomesTheCurrentVersion(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            var file = new SourceFolder.SourceFile("fixture.yaml", PlayFixtures.text("valid.yaml"));
            ImportReport first = run(db, file);
            assertThat(first.added()).isEqualTo(1);
            assertThat(first.problems()).isEmpty();

            ImportReport again = run(db, file);
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.added() + again.updated()).isZero();

            String changedText = file.text().replace("title: 测试情景", "title: 测试情景（修订）");
            ImportReport third = run(db, new SourceFolder.SourceFile("fixture.yaml", changedText));
            assertThat(third.updated()).isEqualTo(1);

            List<ScenarioVersion> versions = db.apply(em -> new RolePlayRepository(em).versionsOf("fixture"));
            assertThat(versions).extracting(ScenarioVersion::getVersionNo).containsExactly(1, 2);
            assertThat(versions.get(1).getYamlText()).isEqualTo(changedText);
            assertThat(versions.get(1).getTitle()).isEqualTo("测试情景（修订）");
            assertThat(versions.get(0).getContentHash())
                    .isNotEqualTo(versions.get(1).getContentHash());
            assertThat(currentVersionId(db, "fixture"))
                    .isEqualTo(versions.get(1).getId());
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aBrokenFileIsNamedWithFileLineAndNodeAndThePreviousVersionStaysCurrent(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            String good = PlayFixtures.text("valid.yaml");
            run(db, new SourceFolder.SourceFile("fixture.yaml", good));
            long before = currentVersionId(db, "fixture");

            String broken = good.replace("next: gone", "next: nowhere");
            String deadEnd = PlayFixtures.text("dead-end.yaml");
            ImportReport report = run(
                    db,
                    new SourceFolder.SourceFile("dead-end.yaml", deadEnd),
                    new SourceFolder.SourceFile("fixture.yaml", broken));

            assertThat(report.refused()).isEqualTo(2);
            assertThat(report.added() + report.updated()).isZero();
            assertThat(report.problems())
                    .extracting(ImportProblem::file, ImportProblem::node, ImportProblem::key)
                    .contains(
                            Tuple.tuple("fixture.yaml", "angry", "roleplay.unknownNode"),
                            Tuple.tuple("dead-end.yaml", "stuck", "roleplay.deadEnd"));
            assertThat(report.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
            assertThat(currentVersionId(db, "fixture")).isEqualTo(before);
            Optional<?> deadEndScenario = db.apply(em -> new RolePlayRepository(em).findScenario("dead-end"));
            assertThat(deadEndScenario).isEmpty();
            // The version that stays current is still playable.
            assertThat(PlayFixtures.player(db).start(PlayFixtures.user(db, "p1"), "fixture"))
                    .isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aSecondFileWithTheSameScenarioIdIsRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            String good = PlayFixtures.text("valid.yaml");
            ImportReport report = run(
                    db,
                    new SourceFolder.SourceFile("a.yaml", good),
                    new SourceFolder.SourceFile("b.yaml", good.replace("title: 测试情景", "title: 另一个")));
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.problems())
                    .extracting(ImportProblem::file, ImportProblem::key)
                    .containsExactly(Tuple.tuple("b.yaml", "roleplay.duplicateScenario"));
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theShippedScenariosImportWithoutAProblem(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            FileSet.Read folder = ScenarioSource.FILES.read(Path.of("quizzes/scenarios"));
            ImportReport report = db.apply(em -> new ScenarioImporter(new RolePlayRepository(em), PlayFixtures.clock())
                    .importAll(folder.files(), folder.problems()));
            assertThat(report.problems()).isEmpty();
            assertThat(report.added()).isGreaterThanOrEqualTo(8);
            List<ScenarioVersion> current = db.apply(em -> new RolePlayRepository(em).currentVersions());
            assertThat(current).hasSize(report.added());
        }
    }
}
