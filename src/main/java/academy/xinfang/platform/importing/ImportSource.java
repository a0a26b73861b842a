package academy.xinfang.platform.importing;

import academy.xinfang.platform.audit.AuditAction;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A feature's folder of source files (modules, banks, scenarios, courses) as the import pipeline sees it: a CDI bean
 * in the feature, found by {@link ImportService} through {@code @Any Instance<ImportSource>}, so the platform knows
 * no feature.
 */
public interface ImportSource {

    /** Which files, and the message family of their problems; the family also names the kind of import. */
    FileSet files();

    /** Where the files are (configuration). */
    Path folder();

    /**
     * The place of this import at startup: lower first, since courses are checked against the modules, banks and
     * scenarios online (see the constants).
     */
    int order();

    /** The steps of one import, in the caller's transaction. */
    Importer<?> importer();

    /** What an administrator's import is recorded as in the audit log, if it is. */
    default Optional<AuditAction> auditAction() {
        return Optional.empty();
    }

    default String kind() {
        return files().messages();
    }

    int MODULES = 100;
    int BANKS = 200;
    int SCENARIOS = 400;
    int COURSES = 500;
}
