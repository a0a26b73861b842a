package academy.xinfang.progress.application;

import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parsed courses by version id: a version's text never changes, so it is parsed once per node. */
@ApplicationScoped
public class CourseCache {
    private final Map<Long, Course> byVersion = new ConcurrentHashMap<>();

    public Course get(CourseVersion version) {
        return byVersion.computeIfAbsent(version.getId(), id -> version.parse());
    }
}
