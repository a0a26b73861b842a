package academy.xinfang.roleplay.domain;

import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestFiles;
import java.time.Clock;

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
}
