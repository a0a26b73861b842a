package academy.xinfang.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;

/** The last scenario import report of this node (each node imports the same folder at startup). */
@ApplicationScoped
public class ScenarioImportLog {
    private volatile ScenarioImportReport last;

    void record(ScenarioImportReport report) {
        last = report;
    }

    ScenarioImportReport last() {
        return last;
    }
}
