package academy.xinfang.platform.paths;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The caller's learning paths, implemented by the progress feature. Courses come in the order an officer meets them:
 * the ones assigned to the caller as "my courses" lists them, then every other course online by key, so that an item
 * found in no assigned course still has a place.
 */
public interface LearningPaths {

    /** Every course online, the caller's assigned ones first; each with its items in the order of the course. */
    List<Path> ofCaller();

    /**
     * Where an item sits for the caller: the first course (in {@link #ofCaller()} order) that contains it, with the
     * item after it in that course, if any.
     */
    default Optional<Place> placeOf(String type, String ref) {
        for (Path path : ofCaller()) {
            List<Step> steps = path.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step.type().equals(type) && step.ref().equals(ref)) {
                    return Optional.of(new Place(path, i + 1 < steps.size() ? steps.get(i + 1) : null));
                }
            }
        }
        return Optional.empty();
    }

    /** One course: key, title (Chinese, as course pages show it), whether it is assigned to the caller, items. */
    record Path(String courseKey, String title, boolean assigned, List<Step> steps) implements Serializable {
        public Path {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One item: type ({@code module}, {@code quiz}, {@code scenario}), key, title, and the page that opens it,
     * relative to the application.
     */
    record Step(String type, String ref, String title, String href) implements Serializable {}

    /** A course containing an item and the item after it ({@code null} when it is the last). */
    record Place(Path course, Step next) implements Serializable {}
}
