package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Article 20 of the 2022 regulations: a visit goes to the body of the same level or one level up, a letter to any
 * level. Going to the next level up (LEVEL_ABOVE) is lawful and never called 越级; LEVEL_SKIPPING is kept for a visit
 * that skips a level. The shipped scenarios are all received at a county office.
 */
class EndingOutcomesTest {

    private static final Path SCENARIOS = Path.of("quizzes", "scenarios");

    @Test
    void anEndingToTheNextLevelUpIsNeverCalledLevelSkipping() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Scenario s : shipped()) {
            for (Ending e : s.endings()) {
                boolean beyondTheCity = e.debrief().matches("(?s).*(省里|省城|北京|中央).*");
                if (e.outcome() == Outcome.LEVEL_SKIPPING && !beyondTheCity) {
                    wrong.add(s.id() + "#" + e.id() + " is LEVEL_SKIPPING but names no level beyond the city");
                }
                if (e.outcome() == Outcome.LEVEL_ABOVE && (e.debrief().contains("越级") || beyondTheCity)) {
                    wrong.add(s.id() + "#" + e.id() + " is LEVEL_ABOVE but reads as level-skipping");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theFiveEndingsFoundWrongAreLawfulPetitionsToTheLevelAbove() throws IOException {
        List<String> above = new ArrayList<>();
        for (Scenario s : shipped()) {
            s.endings().stream().filter(e -> e.outcome() == Outcome.LEVEL_ABOVE).forEach(e -> above.add(s.id()));
        }
        assertThat(above)
                .contains("first-time-land", "collective-land", "probing-cadre", "wage-arrears", "social-security");
    }

    @Test
    void everyOutcomeHasALabelAndEveryFailingOneItsCapInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = new Properties();
            p.load(new StringReader(TestFiles.resource("/academy/xinfang/platform/i18n/" + bundle)));
            for (Outcome o : Outcome.values()) {
                assertThat(p.getProperty("roleplay.outcome." + o.name()))
                        .as(bundle + " label of " + o)
                        .isNotBlank();
                if (o.isFailure()) {
                    assertThat(p.getProperty("roleplay.cap.ending." + o.name()))
                            .as(bundle + " cap of " + o)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void goingToTheLevelAboveFailsTheReceptionLikeSkippingALevel() {
        assertThat(Outcome.LEVEL_ABOVE.isFailure()).isTrue();
        assertThat(Outcome.LEVEL_SKIPPING.isFailure()).isTrue();
        assertThat(Outcome.REFERRED.isFailure()).isFalse();
    }

    private static List<Scenario> shipped() throws IOException {
        List<Scenario> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                LoadResult r = ScenarioLoader.load(f.getFileName().toString(), TestFiles.read(f));
                result.add(r.scenario().orElseThrow(() -> new AssertionError(f + ": " + r.problems())));
            }
        }
        return result;
    }
}
