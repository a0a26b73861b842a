package academy.xinfang.roleplay.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/roleplay-fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
