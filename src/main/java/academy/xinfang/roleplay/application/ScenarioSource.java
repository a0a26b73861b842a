package academy.xinfang.roleplay.application;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportSource;
import academy.xinfang.platform.importing.Importer;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scenario folder ({@code academy.scenarios.dir}) for the import pipeline: every {@code *.yaml}, imported after
 * modules and banks. Lexicon files are read the same way ({@link #FILES}) but only into memory, by
 * {@link LexiconCache}.
 */
@ApplicationScoped
public class ScenarioSource extends ImportSource {
    public static final FileSet FILES = new FileSet("roleplay", ".yaml", 1024 * 1024);
    public static final String KIND = FILES.messages();

    @Inject
    RolePlayRepository repository;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "academy.scenarios.dir", defaultValue = "quizzes/scenarios")
    String scenariosDir;

    public ScenarioSource() {
        super(FILES, SCENARIOS);
    }

    @Override
    public Path folder() {
        return Path.of(scenariosDir);
    }

    @Override
    public Importer<?> importer() {
        return new ScenarioImporter(repository, clock);
    }

    @Override
    public Optional<AuditAction> auditAction() {
        return Optional.of(AuditAction.SCENARIOS_REIMPORTED);
    }
}
