package academy.xinfang.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Rendered module versions by version id. Versions never change after import, so an entry never goes stale, and
 * every node of a cluster can keep its own copy: which version is online is always read from the database.
 */
@ApplicationScoped
public class ModuleContentCache {
    private final Map<Long, ModuleContent> byVersion = new ConcurrentHashMap<>();

    public ModuleContent get(long versionId, LongFunction<ModuleContent> loader) {
        ModuleContent cached = byVersion.get(versionId);
        if (cached == null) {
            cached = loader.apply(versionId);
            byVersion.put(versionId, cached);
        }
        return cached;
    }
}
