package academy.xinfang.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string has both languages, and every key a page or the Java code asks for exists. */
class BundleCompletenessTest {
    private static final Path DIR = Path.of("src/main/resources/academy/xinfang/platform/i18n");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).containsExactlyElementsOf(keys("messages.properties"));
        assertThat(keys("messages_zh.properties")).isEmpty();
    }

    /**
     * A key defined twice silently takes the second text everywhere (Properties keeps the last), so a page written
     * with the first one shows the wrong words.
     */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                int eq = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || eq < 0 || line.startsWith(" ")) {
                    continue;
                }
                String key = trimmed.substring(0, eq).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in " + file).isEmpty();
        }
    }

    @Test
    void everyLiteralKeyUsedInPagesExists() throws IOException {
        Set<String> defined = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        Pattern msg = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = msg.matcher(TestFiles.read(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    @Test
    void everyKeyRaisedInJavaExists() throws IOException {
        Set<String> defined = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        Pattern raised = Pattern.compile(
                "(?:Exception|Messages\\.(?:info|error|text))\\(\\s*\"([a-z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/academy/xinfang"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = raised.matcher(TestFiles.read(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(defined).containsAll(used);
    }
}
