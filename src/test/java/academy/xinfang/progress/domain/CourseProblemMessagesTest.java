package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.yaml.YamlReader;
import academy.xinfang.testing.TestFiles;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Course problems are shown to administrators through the bundle, by a key the loader, validator and folder reader
 * write as a string: every such key has a message in both languages.
 */
class CourseProblemMessagesTest {
    private static final Path I18N = Path.of("src/main/resources/academy/xinfang/platform/i18n");

    private static Properties bundle(String file) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyCourseProblemKeyHasAMessageInChineseAndEnglish() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(course\\.[a-zA-Z]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/academy/xinfang/progress"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(TestFiles.read(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("course.unknownReference");
        // the folder reader's and the YAML reader's problems are their kinds under the course prefix
        for (String kind : List.of("noFolder", "unreadable", "tooLarge", "notUtf8")) {
            used.add("course." + kind);
        }
        YamlReader.KINDS.forEach(kind -> used.add("course." + kind));
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(used);
    }
}
