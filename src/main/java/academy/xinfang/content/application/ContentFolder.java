package academy.xinfang.content.application;

import academy.xinfang.content.domain.ContentProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the module files of a folder: every {@code *.md} but README.md, in name order, strictly as UTF-8. */
public final class ContentFolder {
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    public record Result(List<ModuleImporter.SourceFile> files, List<ContentProblem> problems) {}

    private ContentFolder() {}

    public static Result read(Path folder) {
        List<ModuleImporter.SourceFile> files = new java.util.ArrayList<>();
        List<ContentProblem> problems = new java.util.ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(folder.toString(), 0, "content.noFolder", List.of(folder.toAbsolutePath().toString())));
            return new Result(files, problems);
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(folder)) {
            paths = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(folder.toString(), 0, "content.unreadable", List.of(String.valueOf(e.getMessage()))));
            return new Result(files, problems);
        }
        for (Path p : paths) {
            String name = p.getFileName().toString();
            try {
                if (Files.size(p) > MAX_FILE_BYTES) {
                    problems.add(new ContentProblem(name, 0, "content.tooLarge", List.of(MAX_FILE_BYTES / 1024)));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                files.add(new ModuleImporter.SourceFile(name, text));
            } catch (CharacterCodingException e) {
                problems.add(new ContentProblem(name, 0, "content.notUtf8", List.of()));
            } catch (IOException e) {
                problems.add(new ContentProblem(name, 0, "content.unreadable", List.of(String.valueOf(e.getMessage()))));
            }
        }
        return new Result(files, problems);
    }
}
