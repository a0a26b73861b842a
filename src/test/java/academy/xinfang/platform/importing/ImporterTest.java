package academy.xinfang.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.SourceFolder.SourceFile;
import academy.xinfang.testing.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImporterTest {
    private static final Instant NOW = TestClock.NOW;

    /** Files {@code key: text}; "broken" in a text is a parse problem; the store keeps one text per key. */
    private static final class KeyedTexts implements Importer<SourceFile> {
        final Map<String, String> stored = new HashMap<>();
        final List<String> storedFiles = new ArrayList<>();

        @Override
        public Parsed<SourceFile> parse(SourceFile file) {
            return file.text().contains("broken")
                    ? Parsed.refused(List.of(ImportProblem.of(file.name(), 1, "test.broken")))
                    : Parsed.of(file);
        }

        @Override
        public List<ImportProblem> validate(List<SourceFile> parsed) {
            return Importer.laterDuplicates(
                    parsed,
                    KeyedTexts::key,
                    SourceFile::name,
                    (f, earlier) -> ImportProblem.of(f.name(), 1, "test.duplicate", key(f), earlier));
        }

        @Override
        public Stored store(SourceFile file, Instant now) {
            String previous = stored.put(key(file), file.text());
            storedFiles.add(file.name());
            return previous == null ? Stored.ADDED : previous.equals(file.text()) ? Stored.UNCHANGED : Stored.UPDATED;
        }

        @Override
        public Clock clock() {
            return TestClock.FIXED;
        }

        private static String key(SourceFile file) {
            return file.text().substring(0, file.text().indexOf(':'));
        }
    }

    @Test
    void countsEachOutcomeAndRefusesEveryFileWithAProblemWhileStoringTheOthers() {
        KeyedTexts importer = new KeyedTexts();
        importer.importAll(List.of(new SourceFile("a.txt", "a: one"), new SourceFile("b.txt", "b: one")), List.of());

        ImportReport report = importer.importAll(
                List.of(
                        new SourceFile("a.txt", "a: one"),
                        new SourceFile("b.txt", "b: two"),
                        new SourceFile("c.txt", "c: one"),
                        new SourceFile("d.txt", "d: broken")),
                List.of(ImportProblem.of("e.txt", 0, "test.notUtf8")));

        assertThat(report.at()).isEqualTo(NOW);
        assertThat(List.of(report.added(), report.updated(), report.unchanged(), report.refused()))
                .containsExactly(1, 1, 1, 2);
        assertThat(report.problems())
                .extracting(ImportProblem::toString)
                .containsExactly("e.txt:0: test.notUtf8", "d.txt:1: test.broken");
        assertThat(importer.stored).doesNotContainKey("d");
    }

    @Test
    void aSetProblemRefusesOnlyTheFileItNamesAndTheFirstFileInNameOrderKeepsItsKey() {
        KeyedTexts importer = new KeyedTexts();

        ImportReport report = importer.importAll(
                List.of(
                        new SourceFile("1.txt", "a: first"),
                        new SourceFile("2.txt", "a: second"),
                        new SourceFile("3.txt", "b: other")),
                List.of());

        assertThat(report.problems())
                .extracting(ImportProblem::toString)
                .containsExactly("2.txt:1: test.duplicate [a, 1.txt]");
        assertThat(report.refused()).isEqualTo(1);
        assertThat(importer.storedFiles).containsExactly("1.txt", "3.txt");
        assertThat(importer.stored).containsEntry("a", "a: first");
    }
}
