package academy.xinfang.progress.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of loading one course file: a course exactly when there are no problems. */
public record CourseLoadResult(Optional<Course> course, List<ImportProblem> problems) {

    public CourseLoadResult {
        Objects.requireNonNull(course, "course");
        problems = List.copyOf(problems);
        if (course.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has a course exactly when it has no problems");
        }
    }

    public boolean isValid() {
        return course.isPresent();
    }
}
