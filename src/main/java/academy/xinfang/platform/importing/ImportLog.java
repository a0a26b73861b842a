package academy.xinfang.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The last import report of each kind on this node (each node imports the same folders at startup). */
@ApplicationScoped
public class ImportLog {
    private final Map<String, ImportReport> last = new ConcurrentHashMap<>();

    void record(String kind, ImportReport report) {
        last.put(kind, report);
    }

    ImportReport last(String kind) {
        return last.get(kind);
    }
}
