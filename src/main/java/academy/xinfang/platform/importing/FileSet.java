package academy.xinfang.platform.importing;

import academy.xinfang.platform.SourceFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The files of one kind in a folder: those ending in {@code suffix}, within {@code maxBytes}, but the ones
 * {@code ignored} (documentation kept beside them; README.md is always left out). A file that cannot be read is a
 * problem whose key is the kind of failure in the feature's message family ({@code content.notUtf8}).
 */
public record FileSet(String messages, String suffix, long maxBytes, Set<String> ignored) {

    public record Read(List<SourceFolder.SourceFile> files, List<ImportProblem> problems) {}

    public FileSet {
        ignored = Set.copyOf(ignored);
    }

    public FileSet(String messages, String suffix, long maxBytes) {
        this(messages, suffix, maxBytes, Set.of());
    }

    public Read read(Path folder) {
        SourceFolder.Result read = SourceFolder.read(folder, suffix, maxBytes);
        return new Read(
                read.files().stream()
                        .filter(f -> ignored.stream().noneMatch(f.name()::equalsIgnoreCase))
                        .toList(),
                read.problems().stream()
                        .map(p -> new ImportProblem(p.file(), 0, messages + "." + p.kind(), p.arguments()))
                        .toList());
    }
}
