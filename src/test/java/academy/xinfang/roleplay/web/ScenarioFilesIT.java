package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A server on its own copy of the scenario folder: a broken file is named with its file and node while the version
 * already published stays playable; a fixed file becomes the new version, and a session started before keeps the
 * version it began on.
 */
class ScenarioFilesIT {
    private static final String FILE = "first-time-land.yaml";
    private static final String TITLE = "头一回上访的征地户";
    private static final String NEW_TITLE = "头一回上访的征地户（修订）";

    @Test
    void aBrokenFileIsNamedWithFileAndNodeAndThePublishedVersionStaysPlayable() throws IOException {
        Path folder = copyOfTheScenarios();
        try (PayaraServer server =
                        PayaraServer.named("scenario-files", Map.of("ACADEMY_SCENARIOS_DIR", folder.toString()));
                Fixtures fixtures = new Fixtures(server);
                Browser officer = new Browser(server)) {
            officer.login(fixtures.user("版本学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage first = officer.click(startButton(officer.get("/learn/roleplays.xhtml")));
            String before = first.getUrl().toString();
            assertThat(first.getElementById("scenarioTitle").asNormalizedText()).isEqualTo(TITLE);

            Path file = folder.resolve(FILE);
            String good = TestFiles.read(file);
            String retitled = good.replace("title: " + TITLE, "title: " + NEW_TITLE);
            Files.writeString(file, retitled.replace("next: settled", "next: nowhere"), StandardCharsets.UTF_8);

            HtmlPage admin = fixtures.admin()
                    .click(fixtures.admin().get("/admin/scenarios.xhtml").getHtmlElementById("actions:reimport"));
            assertThat(admin.getElementById("messages").asNormalizedText()).contains("拒绝 1 个");
            assertThat(admin.getElementById("problems").asNormalizedText())
                    .contains(FILE)
                    .contains("follow-up")
                    .contains("nowhere");
            assertThat(server.log())
                    .contains("event=roleplay.problem " + FILE + ":")
                    .contains("[follow-up]");

            HtmlPage list = officer.get("/learn/roleplays.xhtml");
            assertThat(list.getElementById("scenario-first-time-land").asNormalizedText())
                    .contains(TITLE)
                    .doesNotContain("修订");
            HtmlPage second = officer.click(startButton(list));
            assertThat(second.getElementById("choice-0"))
                    .as("the published version still plays")
                    .isNotNull();

            Files.writeString(file, retitled, StandardCharsets.UTF_8);
            HtmlPage fixed = fixtures.admin()
                    .click(fixtures.admin().get("/admin/scenarios.xhtml").getHtmlElementById("actions:reimport"));
            assertThat(fixed.getElementById("messages").asNormalizedText())
                    .contains("更新 1 个")
                    .contains("拒绝 0 个");
            assertThat(officer.get("/learn/roleplays.xhtml")
                            .getElementById("scenario-first-time-land")
                            .asNormalizedText())
                    .contains(NEW_TITLE);
            assertThat(officer.get(before.substring(before.indexOf("/learn/")))
                            .getElementById("scenarioTitle")
                            .asNormalizedText())
                    .as("a session keeps the version it began on")
                    .isEqualTo(TITLE);
        }
    }

    private static HtmlElement startButton(HtmlPage list) {
        return (HtmlElement) list.getElementById("scenario-first-time-land").querySelector("input[type=submit]");
    }

    private static Path copyOfTheScenarios() throws IOException {
        Path folder = Paths.get("target", "it-scenario-files-src").toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Paths.get("quizzes", "scenarios"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        return folder;
    }
}
