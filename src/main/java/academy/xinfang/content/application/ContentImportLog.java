package academy.xinfang.content.application;

import jakarta.enterprise.context.ApplicationScoped;

/** The last import report of this node (each node imports the same folder at startup). */
@ApplicationScoped
public class ContentImportLog {
    private volatile ImportReport last;

    void record(ImportReport report) {
        last = report;
    }

    ImportReport last() {
        return last;
    }
}
