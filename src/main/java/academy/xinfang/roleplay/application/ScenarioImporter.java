package academy.xinfang.roleplay.application;

import academy.xinfang.platform.ContentHash;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.Importer;
import academy.xinfang.roleplay.domain.LoadResult;
import academy.xinfang.roleplay.domain.PublishedScenario;
import academy.xinfang.roleplay.domain.Scenario;
import academy.xinfang.roleplay.domain.ScenarioLoader;
import academy.xinfang.roleplay.domain.ScenarioValidator;
import academy.xinfang.roleplay.domain.ScenarioVersion;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The role-play feature's steps of the {@link Importer import pipeline}: a scenario file that loads and validates
 * without a problem becomes the next version and is played from then on; every problem names its file, line and
 * node. Two files declaring the same scenario id: the first in name order wins, the second is refused.
 */
public class ScenarioImporter implements Importer<ScenarioImporter.Loaded> {
    private final RolePlayRepository repository;
    private final Clock clock;

    /** A scenario that loaded and validated, with the text of its file. */
    public record Loaded(String file, String text, Scenario scenario) {}

    public ScenarioImporter(RolePlayRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Parsed<Loaded> parse(SourceFolder.SourceFile file) {
        LoadResult loaded = ScenarioLoader.load(file.name(), file.text());
        if (!loaded.isValid()) {
            return Parsed.refused(loaded.problems());
        }
        Scenario scenario = loaded.scenario().orElseThrow();
        List<ImportProblem> invalid = ScenarioValidator.validate(scenario);
        return invalid.isEmpty() ? Parsed.of(new Loaded(file.name(), file.text(), scenario)) : Parsed.refused(invalid);
    }

    @Override
    public List<ImportProblem> validate(List<Loaded> parsed) {
        return Importer.laterDuplicates(
                parsed,
                l -> l.scenario().id(),
                Loaded::file,
                (l, earlier) -> ImportProblem.atNode(
                        l.file(),
                        1,
                        l.scenario().id(),
                        "roleplay.duplicateScenario",
                        l.scenario().id(),
                        earlier));
    }

    @Override
    public Stored store(Loaded loaded, Instant now) {
        Scenario scenario = loaded.scenario();
        String hash = ContentHash.sha256(loaded.text());
        return Importer.storeIfNew(
                repository.findScenario(scenario.id()),
                target -> repository.hasVersionWithHash(target, hash),
                () -> {
                    PublishedScenario created = new PublishedScenario(scenario.id());
                    repository.add(created);
                    return created;
                },
                target -> {
                    int next = repository
                            .latestVersion(target)
                            .map(v -> v.getVersionNo() + 1)
                            .orElse(1);
                    ScenarioVersion version = new ScenarioVersion(
                            target, next, hash, loaded.file(), scenario.title(), loaded.text(), now);
                    repository.add(version);
                    target.publish(version);
                });
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
