package academy.xinfang.progress.application;

import academy.xinfang.platform.paths.LearningPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The progress feature's answer to {@link LearningPaths}, for the quiz and role-play pages. */
@ApplicationScoped
public class CallerLearningPaths implements LearningPaths {
    @Inject
    MyCoursesService courses;

    @Override
    public List<Path> ofCaller() {
        return courses.myPaths();
    }
}
