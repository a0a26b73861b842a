package academy.xinfang.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one way tests read files: shipped ones (content/, quizzes/, README.md, relative to the project) and test
 * resources (src/test/resources, by classpath name), always as UTF-8, failing the test when a file is missing.
 */
public final class TestFiles {

    private TestFiles() {}

    /** A file's text; a relative path is relative to the project ({@code TestFiles.read(Path.of("content", …))}). */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file named by its path parts under the project ({@code "quizzes", "09-six-taboos.gift"}). */
    public static String read(String first, String... more) {
        return read(Path.of(first, more));
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files directly in a folder whose names end with {@code suffix}, sorted by name. */
    public static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource's text by its classpath name ({@code "/content-fixtures/basic.md"}). */
    public static String resource(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] resourceBytes(String name) {
        String absolute = name.startsWith("/") ? name : "/" + name;
        try (InputStream in = TestFiles.class.getResourceAsStream(absolute)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + absolute);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
