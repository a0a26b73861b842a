package academy.xinfang.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the source files every import starts from (modules, scenarios, lexicons, courses): the files of one folder
 * with one suffix, README.md left out, in name order, strictly as UTF-8 and within a size limit. A file that cannot be
 * read is a problem of one of four kinds ({@code noFolder}, {@code unreadable}, {@code tooLarge}, {@code notUtf8});
 * each feature prefixes the kind with its own message family ({@code content.}, {@code roleplay.}, {@code course.}).
 */
public final class SourceFolder {

    /** A file's name and text. */
    public record SourceFile(String name, String text) {}

    public record ReadProblem(String file, String kind, List<Object> arguments) {}

    public record Result(List<SourceFile> files, List<ReadProblem> problems) {}

    private SourceFolder() {}

    public static Result read(Path folder, String suffix, long maxBytes) {
        List<SourceFile> files = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new ReadProblem(
                    folder.toString(),
                    "noFolder",
                    List.of(folder.toAbsolutePath().toString())));
            return new Result(files, problems);
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(folder)) {
            paths = list.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new ReadProblem(folder.toString(), "unreadable", List.of(String.valueOf(e.getMessage()))));
            return new Result(files, problems);
        }
        for (Path p : paths) {
            String name = p.getFileName().toString();
            try {
                if (Files.size(p) > maxBytes) {
                    problems.add(new ReadProblem(name, "tooLarge", List.of(maxBytes / 1024)));
                    continue;
                }
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(p)))
                        .toString();
                files.add(new SourceFile(name, text));
            } catch (CharacterCodingException e) {
                problems.add(new ReadProblem(name, "notUtf8", List.of(name)));
            } catch (IOException e) {
                problems.add(new ReadProblem(name, "unreadable", List.of(String.valueOf(e.getMessage()))));
            }
        }
        return new Result(files, problems);
    }
}
