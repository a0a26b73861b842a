package academy.xinfang.progress.application;

import jakarta.enterprise.context.ApplicationScoped;

/** The last course import report of this node (each node imports the same folder at startup). */
@ApplicationScoped
public class CourseImportLog {
    private volatile CourseImportReport last;

    void record(CourseImportReport report) {
        last = report;
    }

    CourseImportReport last() {
        return last;
    }
}
