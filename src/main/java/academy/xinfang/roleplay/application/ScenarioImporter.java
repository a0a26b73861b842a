package academy.xinfang.roleplay.application;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.ContentHash;
import academy.xinfang.roleplay.domain.LoadResult;
import academy.xinfang.roleplay.domain.PublishedScenario;
import academy.xinfang.roleplay.domain.Scenario;
import academy.xinfang.roleplay.domain.ScenarioLoader;
import academy.xinfang.roleplay.domain.ScenarioValidator;
import academy.xinfang.roleplay.domain.ScenarioVersion;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports scenario files idempotently: a file whose exact text was imported before (any version) does nothing; a new
 * text that loads and validates without a problem becomes the next version and is played from then on; a file with
 * any problem is refused with every problem (file, line, node) while the version already played stays current. Two
 * files declaring the same scenario id: the first in name order wins, the second is refused. Runs inside the
 * caller's transaction.
 */
public class ScenarioImporter {
    private final RolePlayRepository repository;
    private final Clock clock;

    public ScenarioImporter(RolePlayRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public ScenarioImportReport importAll(List<SourceFolder.SourceFile> files, List<ImportProblem> readProblems) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        Map<String, String> fileOfId = new HashMap<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (SourceFolder.SourceFile file : files) {
            LoadResult loaded = ScenarioLoader.load(file.name(), file.text());
            if (!loaded.isValid()) {
                problems.addAll(loaded.problems());
                continue;
            }
            Scenario scenario = loaded.scenario().orElseThrow();
            List<ImportProblem> invalid = ScenarioValidator.validate(scenario);
            if (!invalid.isEmpty()) {
                problems.addAll(invalid);
                continue;
            }
            String earlier = fileOfId.putIfAbsent(scenario.id(), file.name());
            if (earlier != null) {
                problems.add(new ImportProblem(file.name(), 1, scenario.id(), "roleplay.duplicateScenario",
                        List.of(scenario.id(), earlier)));
                continue;
            }
            Optional<PublishedScenario> existing = repository.findScenario(scenario.id());
            String hash = ContentHash.sha256(file.text());
            if (existing.isPresent() && repository.hasVersionWithHash(existing.get(), hash)) {
                unchanged++;
                continue;
            }
            PublishedScenario target = existing.orElseGet(() -> {
                PublishedScenario created = new PublishedScenario(scenario.id());
                repository.add(created);
                return created;
            });
            int next = repository.latestVersion(target).map(v -> v.getVersionNo() + 1).orElse(1);
            ScenarioVersion version = new ScenarioVersion(target, next, hash, file.name(), scenario.title(), file.text(), now);
            repository.add(version);
            target.publish(version);
            if (existing.isEmpty()) {
                added++;
            } else {
                updated++;
            }
        }
        int refused = (int) problems.stream().map(ImportProblem::file).distinct().count();
        return new ScenarioImportReport(now, added, updated, unchanged, refused, List.copyOf(problems));
    }

}
