package academy.xinfang.progress.application;

import academy.xinfang.progress.domain.CourseProblem;
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

/** Reads the course files of a folder: every {@code *.yaml} in name order, strictly as UTF-8. */
public final class CourseFolder {
    public static final long MAX_FILE_BYTES = 256 * 1024;

    /** A course file's name and text. */
    public record SourceFile(String name, String text) {}

    public record Result(List<SourceFile> files, List<CourseProblem> problems) {}

    private CourseFolder() {}

    public static Result read(Path folder) {
        List<SourceFile> files = new ArrayList<>();
        List<CourseProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(problem(folder.toString(), "course.noFolder", folder.toAbsolutePath().toString()));
            return new Result(files, problems);
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(folder)) {
            paths = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(problem(folder.toString(), "course.unreadable", String.valueOf(e.getMessage())));
            return new Result(files, problems);
        }
        for (Path p : paths) {
            String name = p.getFileName().toString();
            try {
                if (Files.size(p) > MAX_FILE_BYTES) {
                    problems.add(problem(name, "course.tooLarge", MAX_FILE_BYTES / 1024));
                    continue;
                }
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(p)))
                        .toString();
                files.add(new SourceFile(name, text));
            } catch (CharacterCodingException e) {
                problems.add(problem(name, "course.notUtf8"));
            } catch (IOException e) {
                problems.add(problem(name, "course.unreadable", String.valueOf(e.getMessage())));
            }
        }
        return new Result(files, problems);
    }

    private static CourseProblem problem(String file, String key, Object... arguments) {
        return new CourseProblem(file, 0, key, List.of(arguments));
    }
}
