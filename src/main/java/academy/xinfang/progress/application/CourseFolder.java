package academy.xinfang.progress.application;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SourceFolder;
import java.nio.file.Path;
import java.util.List;

/** Reads the course files of a folder: every {@code *.yaml} in name order, strictly as UTF-8. */
public final class CourseFolder {
    public static final long MAX_FILE_BYTES = 256 * 1024;

    public record Result(List<SourceFolder.SourceFile> files, List<ImportProblem> problems) {}

    private CourseFolder() {}

    public static Result read(Path folder) {
        SourceFolder.Result read = SourceFolder.read(folder, ".yaml", MAX_FILE_BYTES);
        return new Result(read.files(), read.problems().stream()
                .map(p -> new ImportProblem(p.file(), 0, "course." + p.kind(), p.arguments())).toList());
    }
}
