package academy.xinfang.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.SourceFolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportDigestTest {
    private static final String BUILD = "2026-12-05T07:00:00.000+0000";

    @Test
    void theSameFilesAndBuildGiveTheSameDigest() {
        assertThat(ImportDigest.of(BUILD, folders("a.md", "text")))
                .isPresent()
                .isEqualTo(ImportDigest.of(BUILD, folders("a.md", "text")));
    }

    @Test
    void aChangedTextARenamedFileOrAnotherBuildChangesTheDigest() {
        String digest = ImportDigest.of(BUILD, folders("a.md", "text")).orElseThrow();
        assertThat(ImportDigest.of(BUILD, folders("a.md", "text!"))).get().isNotEqualTo(digest);
        assertThat(ImportDigest.of(BUILD, folders("b.md", "text"))).get().isNotEqualTo(digest);
        assertThat(ImportDigest.of("2026-12-06T07:00:00.000+0000", folders("a.md", "text")))
                .get()
                .isNotEqualTo(digest);
    }

    @Test
    void aFileMovedToAnotherKindChangesTheDigest() {
        Map<String, FileSet.Read> inContent = new LinkedHashMap<>();
        inContent.put("content", read(List.of(new SourceFolder.SourceFile("a.md", "text"))));
        inContent.put("quiz", read(List.of()));
        Map<String, FileSet.Read> inQuiz = new LinkedHashMap<>();
        inQuiz.put("content", read(List.of()));
        inQuiz.put("quiz", read(List.of(new SourceFolder.SourceFile("a.md", "text"))));
        assertThat(ImportDigest.of(BUILD, inContent)).isNotEqualTo(ImportDigest.of(BUILD, inQuiz));
    }

    @Test
    void textsThatRunTogetherDifferentlyDoNotCollide() {
        assertThat(ImportDigest.of(BUILD, folders("ab", "c"))).isNotEqualTo(ImportDigest.of(BUILD, folders("a", "bc")));
    }

    @Test
    void aFolderReadWithAProblemHasNoDigestSoItIsImportedToReportIt() {
        Map<String, FileSet.Read> folders = new LinkedHashMap<>(folders("a.md", "text"));
        folders.put(
                "quiz",
                new FileSet.Read(List.of(), List.of(new ImportProblem("quizzes", 0, "", "quiz.noFolder", List.of()))));
        assertThat(ImportDigest.of(BUILD, folders)).isEmpty();
    }

    private static Map<String, FileSet.Read> folders(String name, String text) {
        return Map.of("content", read(List.of(new SourceFolder.SourceFile(name, text))));
    }

    private static FileSet.Read read(List<SourceFolder.SourceFile> files) {
        return new FileSet.Read(files, List.of());
    }
}
