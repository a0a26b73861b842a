package academy.xinfang.roleplay.application;

import academy.xinfang.roleplay.domain.Scenario;
import academy.xinfang.roleplay.domain.ScenarioLoader;
import academy.xinfang.roleplay.domain.ScenarioVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed scenarios by version id. Versions never change after import, so an entry never goes stale, and every node
 * of a cluster keeps its own copy; which version is current is always read from the database.
 */
@ApplicationScoped
public class ScenarioCache {
    private final Map<Long, Scenario> byVersion = new ConcurrentHashMap<>();

    public Scenario get(ScenarioVersion version) {
        return byVersion.computeIfAbsent(version.getId(), id -> parse(version));
    }

    /** The scenario of a stored version; it was valid when imported, so a failure here is a bug, not user input. */
    static Scenario parse(ScenarioVersion version) {
        return ScenarioLoader.load(version.getSourceFile(), version.getYamlText())
                .scenario()
                .orElseThrow(() ->
                        new IllegalStateException("stored scenario version " + version.getId() + " does not load"));
    }
}
