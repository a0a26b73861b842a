package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

final class Fixtures {

    static final Clock CLOCK = TestClock.FIXED;

    private Fixtures() {}

    static String text(String name) {
        return TestFiles.resource("/roleplay-fixtures/" + name);
    }

    /** Loads a fixture that must parse; fails the test with the problems otherwise. */
    static Scenario scenario(String name) {
        LoadResult result = ScenarioLoader.load(name, text(name));
        if (!result.isValid()) {
            throw new AssertionError("fixture " + name + " does not load: " + result.problems());
        }
        return result.scenario().orElseThrow();
    }

    /** The scenario files shipped in quizzes/scenarios, sorted. */
    static Stream<Path> shippedScenarioFiles() {
        return TestFiles.list(Path.of("quizzes", "scenarios"), ".yaml").stream();
    }

    /** Loads a shipped scenario that must load without problems. */
    static Scenario shipped(Path file) {
        LoadResult result = ScenarioLoader.load(file.getFileName().toString(), TestFiles.read(file));
        assertThat(result.problems()).as("load problems of %s", file).isEmpty();
        return result.scenario().orElseThrow();
    }
}
