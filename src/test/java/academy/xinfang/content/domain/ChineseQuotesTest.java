package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Shipped Chinese text quotes with “ and ”, not ASCII {@code "}: the modules, the courses, the role-play scenarios and
 * the Chinese bundle. Markdown code and a YAML value quoted as a whole ({@code when: "trust < 30"}) keep ASCII; the
 * question banks are left as Moodle exported them (another issue compares them with that export).
 */
class ChineseQuotesTest {
    /** An ASCII-quoted phrase with a Chinese character in it. */
    private static final Pattern ASCII_QUOTED_CHINESE = Pattern.compile("\"[^\"\\n]*[\\u3400-\\u9fff][^\"\\n]*\"");
    /** A YAML scalar quoted as a whole, to the end of the line. */
    private static final Pattern YAML_QUOTED_SCALAR = Pattern.compile("^\\s*(-\\s+)?([\\w.-]+:\\s+)?\"[^\"]*\"\\s*$");

    private static List<Path> shipped() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Paths.get("content"))) {
            modules.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md"))
                    .forEach(files::add);
        }
        try (Stream<Path> courses = Files.list(Paths.get("content", "courses"))) {
            courses.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        try (Stream<Path> scenarios = Files.list(Paths.get("quizzes", "scenarios"))) {
            scenarios.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        files.add(Paths.get("src/main/resources/academy/xinfang/platform/i18n/messages.properties"));
        return files;
    }

    /** The offending lines of a text, as "line: text". */
    static List<String> asciiQuotedChinese(String text, boolean yaml) {
        List<String> found = new ArrayList<>();
        boolean fence = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```")) {
                fence = !fence;
                continue;
            }
            if (fence || (yaml && YAML_QUOTED_SCALAR.matcher(line).matches())) {
                continue;
            }
            String prose = line.replaceAll("`[^`]*`", "");
            if (ASCII_QUOTED_CHINESE.matcher(prose).find() || !paired(prose)) {
                found.add((i + 1) + ": " + line);
            }
        }
        return found;
    }

    /** Every “ closed by a ” before the next one opens. */
    private static boolean paired(String line) {
        boolean open = false;
        for (char c : line.toCharArray()) {
            if (c == '“') {
                if (open) {
                    return false;
                }
                open = true;
            } else if (c == '”') {
                if (!open) {
                    return false;
                }
                open = false;
            }
        }
        return !open;
    }

    @Test
    void shippedChineseTextUsesChineseQuotationMarks() throws IOException {
        List<Path> files = shipped();
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(asciiQuotedChinese(text, file.toString().endsWith(".yaml")))
                    .as("ASCII quotes or unpaired “” in %s", file)
                    .isEmpty();
        }
    }

    @Test
    void theCheckFindsAsciiQuotesAndUnpairedMarksButNotCodeOrYamlQuoting() {
        assertThat(asciiQuotedChinese("记住\"六忌\"。", false)).hasSize(1);
        assertThat(asciiQuotedChinese("记住“六忌”。", false)).isEmpty();
        assertThat(asciiQuotedChinese("记住”六忌“。", false)).hasSize(1);
        assertThat(asciiQuotedChinese("写作 `title: \"六忌\"` 即可", false)).isEmpty();
        assertThat(asciiQuotedChinese("```\nx = \"六忌\"\n```", false)).isEmpty();
        assertThat(asciiQuotedChinese("  - text: \"省里？去了也还是转回县里来办。\"", true)).isEmpty();
        assertThat(asciiQuotedChinese("  - text: 他说：\"省里？\"", true)).hasSize(1);
    }
}
