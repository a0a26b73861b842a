package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a real Moodle 4.5 wrote after importing the shipped banks, and the shipped banks themselves, for the interop
 * tests. Moodle's files are copied as they are from {@code shared/interop/moodle-4.5-export} (read-only, outside the
 * project, so absent from a bare checkout) into {@code src/test/resources/interop/moodle-4.5-export}, with that
 * folder's README beside them.
 */
public final class MoodleFixtures {

    /** Set it to another fixture folder (a later Moodle's export, say) to run the interop tests against it. */
    static final String PROPERTY = "academy.interop.fixtures";

    private static final Path COPY = Paths.get("src", "test", "resources", "interop", "moodle-4.5-export");

    private MoodleFixtures() {}

    /** The fixture folder: the system property, else the copy in the project. */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        Path path = configured == null || configured.isBlank() ? COPY : Paths.get(configured);
        assertThat(path)
                .as("Moodle fixtures (tests run from the project root; -D" + PROPERTY + ")")
                .isDirectory();
        return path;
    }

    /** Every {@code .gift} file of the fixture folder by name, sorted. */
    static Map<String, String> giftFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder())) {
            for (Path file :
                    list.filter(p -> p.toString().endsWith(".gift")).sorted().toList()) {
                files.put(file.getFileName().toString(), TestFiles.read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("fixture GIFT files").isNotEmpty();
        return files;
    }

    static String aikenFile() {
        Path file = folder().resolve("moodle-all.aiken.txt");
        assertThat(file).isRegularFile();
        return TestFiles.read(file);
    }

    /**
     * Every question of the banks sent to Moodle for the fixtures (the shipped banks as they were then, kept under
     * src/test/resources/interop), by name; names are unique across the banks.
     */
    static Map<String, Question> sentQuestions() {
        Map<String, Question> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> bank : sentBanks().entrySet()) {
            BankParseResult parsed = GiftParser.parse(bank.getKey(), bank.getValue());
            assertThat(parsed.problems()).as(bank.getKey()).isEmpty();
            for (Question q : parsed.questions()) {
                assertThat(byName.put(q.name(), q))
                        .as("name used twice: " + q.name())
                        .isNull();
            }
        }
        return byName;
    }

    /** The banks as sent to Moodle for the fixtures (quizzes/ of 2026-12-04), by file name, sorted. */
    static Map<String, String> sentBanks() {
        return banksIn(Paths.get("src", "test", "resources", "interop", "banks-sent-2026-12-04"));
    }

    /** The shipped bank files in quizzes/ by name, sorted. */
    static Map<String, String> shippedBanks() {
        return banksIn(Paths.get("quizzes"));
    }

    private static Map<String, String> banksIn(Path folder) {
        assertThat(folder).as("tests run from the project root").isDirectory();
        Map<String, String> banks = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file :
                    list.filter(p -> p.toString().endsWith(".gift")).sorted().toList()) {
                banks.put(file.getFileName().toString(), TestFiles.read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(banks).as(folder.toString()).isNotEmpty();
        return banks;
    }

    static List<Question> parseClean(String name, String text) {
        BankParseResult parsed = GiftParser.parse(name, text);
        assertThat(parsed.problems()).as(name).isEmpty();
        return parsed.questions();
    }
}
