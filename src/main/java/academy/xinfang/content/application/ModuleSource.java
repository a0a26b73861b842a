package academy.xinfang.content.application;

import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.persistence.ModuleRepository;
import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportSource;
import academy.xinfang.platform.importing.Importer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The content folder ({@code academy.content.dir}) for the import pipeline: every {@code *.md} but README.md and
 * COVERAGE.md, imported first. Both are documentation for the authors (COVERAGE.md is the table of what each module
 * section teaches and which questions examine it), not modules, and would otherwise be refused as modules without
 * front matter.
 */
@ApplicationScoped
public class ModuleSource extends ImportSource {
    /** The coverage table kept beside the modules (content/COVERAGE.md); not a module. */
    public static final String COVERAGE_FILE = "COVERAGE.md";

    public static final FileSet FILES = new FileSet("content", ".md", 1024 * 1024, Set.of(COVERAGE_FILE));
    public static final String KIND = FILES.messages();

    /**
     * Made at the first import, not with this bean: a start that finds the folders as last imported never renders
     * (ImportStartup), and setting up the Markdown parser and its extensions costs a noticeable part of a second.
     */
    private static final class Renderer {
        static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
    }

    @Inject
    ModuleRepository modules;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "academy.content.dir", defaultValue = "content")
    String contentDir;

    public ModuleSource() {
        super(FILES, MODULES);
    }

    @Override
    public Path folder() {
        return Path.of(contentDir);
    }

    @Override
    public Importer<?> importer() {
        return new ModuleImporter(modules, Renderer.INSTANCE, clock);
    }

    @Override
    public Optional<AuditAction> auditAction() {
        return Optional.of(AuditAction.CONTENT_REIMPORTED);
    }
}
