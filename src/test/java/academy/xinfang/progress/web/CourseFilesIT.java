package academy.xinfang.progress.web;

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
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A server on its own copy of the course folder ({@code ACADEMY_COURSES_DIR}): a broken file is logged and listed with
 * file and line at startup and on import, while the version followed stays; a fixed file becomes the new version.
 */
class CourseFilesIT {
    private static final String BROKEN = """
            key: broken-course
            title:
              zh: 坏课程
              en: Broken course
            items:
              - type: module
                ref: no-such-module
            """;

    @Test
    void aBrokenFileIsListedWithFileAndLineAndTheCourseFollowedStays() throws IOException {
        Path folder = copyOfTheCourses();
        Files.writeString(folder.resolve("broken.yaml"), BROKEN, StandardCharsets.UTF_8);
        try (PayaraServer server =
                        PayaraServer.named("course-files", Map.of("ACADEMY_COURSES_DIR", folder.toString()));
                Fixtures fixtures = new Fixtures(server)) {
            assertThat(server.log()).contains("event=course.problem broken.yaml:6: course.unknownReference");
            Browser admin = fixtures.admin();
            HtmlPage page = admin.get("/admin/courses.xhtml");
            assertThat(page.getElementById("problems").asNormalizedText())
                    .contains("broken.yaml", "6", "no-such-module");
            assertThat(page.getElementById("course-broken-course")).isNull();
            assertThat(page.getElementById("course-induction").asNormalizedText())
                    .contains("新任信访干部入职培训");

            Path file = folder.resolve("induction.yaml");
            String good = TestFiles.read(file);
            String retitled = good.replace("zh: 新任信访干部入职培训", "zh: 新任信访干部入职培训（修订）");
            Files.writeString(file, retitled.replace("threshold: 60", "threshold: 160"), StandardCharsets.UTF_8);
            HtmlPage refused = admin.click(admin.get("/admin/courses.xhtml").getHtmlElementById("actions:reimport"));
            assertThat(refused.getElementById("messages").asNormalizedText()).contains("拒绝 2 个");
            assertThat(refused.getElementById("problems").asNormalizedText()).contains("induction.yaml", "160");
            assertThat(refused.getElementById("course-induction").asNormalizedText())
                    .doesNotContain("修订");

            Files.writeString(file, retitled, StandardCharsets.UTF_8);
            Files.delete(folder.resolve("broken.yaml"));
            HtmlPage fixed = admin.click(admin.get("/admin/courses.xhtml").getHtmlElementById("actions:reimport"));
            assertThat(fixed.getElementById("messages").asNormalizedText())
                    .contains("更新 1 门")
                    .contains("拒绝 0 个");
            assertThat(fixed.getElementById("course-induction").asNormalizedText())
                    .contains("修订");
        }
    }

    private static Path copyOfTheCourses() throws IOException {
        Path folder = Paths.get("target", "it-course-files-src").toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Paths.get("content", "courses"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        return folder;
    }
}
