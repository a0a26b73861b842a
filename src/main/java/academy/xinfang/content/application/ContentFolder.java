package academy.xinfang.content.application;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SourceFolder;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the module files of a folder: every {@code *.md} but README.md and COVERAGE.md, in name order, strictly as
 * UTF-8. Both are documentation for the authors (COVERAGE.md is the table of what each module section teaches and
 * which questions examine it), not modules, and would otherwise be refused as modules without front matter.
 */
public final class ContentFolder {
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** The coverage table kept beside the modules (content/COVERAGE.md); not a module. */
    public static final String COVERAGE_FILE = "COVERAGE.md";

    public record Result(List<SourceFolder.SourceFile> files, List<ImportProblem> problems) {}

    private ContentFolder() {}

    public static Result read(Path folder) {
        SourceFolder.Result read = SourceFolder.read(folder, ".md", MAX_FILE_BYTES);
        return new Result(read.files().stream().filter(f -> !f.name().equalsIgnoreCase(COVERAGE_FILE)).toList(),
                read.problems().stream()
                .map(p -> new ImportProblem(p.file(), 0, "content." + p.kind(), p.arguments())).toList());
    }
}
