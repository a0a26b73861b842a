package academy.xinfang.platform.importing;

import academy.xinfang.platform.audit.AuditAction;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A feature's folder of source files (modules, banks, scenarios, courses) as the import pipeline sees it: a CDI bean
 * in the feature, found by {@link ImportService} through {@code @Any Instance<ImportSource>}, so the platform knows
 * no feature. The kind of import is the message family of its files' problems ({@code content}, {@code quiz}...).
 */
public abstract class ImportSource {
    /** Startup imports in this order: courses are checked against the modules, banks and scenarios online. */
    public static final int MODULES = 100;

    public static final int BANKS = 200;
    public static final int SCENARIOS = 400;
    public static final int COURSES = 500;

    private final FileSet files;
    private final int order;

    protected ImportSource(FileSet files, int order) {
        this.files = files;
        this.order = order;
    }

    /** Where the files are (configuration). */
    public abstract Path folder();

    /** The steps of one import, in the caller's transaction. */
    public abstract Importer<?> importer();

    /** What an administrator's import is recorded as in the audit log, if it is. */
    public Optional<AuditAction> auditAction() {
        return Optional.empty();
    }

    public FileSet files() {
        return files;
    }

    /** The place of this import at startup, lower first. */
    public int order() {
        return order;
    }

    public String kind() {
        return files.messages();
    }
}
