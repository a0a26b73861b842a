package academy.xinfang.progress.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * The rules a course must follow beyond its file syntax:
 *
 * <ul>
 *   <li>an item appears once (type and ref), so progress per item is unambiguous;
 *   <li>a prerequisite names an earlier item, so the path can always be walked from the top and never locks itself;
 *   <li>at least one item is mandatory, otherwise the course would be complete before it is started;
 *   <li>({@link #references}) every item names a module, bank or scenario that exists;
 *   <li>({@link #duplicateKeys}) no two files of a folder define the same course;
 *   <li>({@link #thresholds}) a role-play item's threshold is met by more than one run of the scenario's authored
 *       replies without a capping taboo: a threshold only the one model run reaches would turn practice into
 *       reciting a single script.
 * </ul>
 */
public final class CourseValidator {

    private CourseValidator() {}

    public static List<ImportProblem> validate(Course course) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<ItemKey> earlier = new HashSet<>();
        for (CourseItem item : course.items()) {
            for (ItemKey prerequisite : item.prerequisites()) {
                if (!earlier.contains(prerequisite)) {
                    problems.add(ImportProblem.of(
                            course.file(),
                            item.line(),
                            "course.prerequisiteNotEarlier",
                            item.key().toString(),
                            prerequisite.toString()));
                }
            }
            if (!earlier.add(item.key())) {
                problems.add(ImportProblem.of(
                        course.file(),
                        item.line(),
                        "course.duplicateItem",
                        item.key().toString()));
            }
        }
        if (course.mandatoryItems().isEmpty()) {
            int line = course.items().isEmpty() ? 0 : course.items().get(0).line();
            problems.add(ImportProblem.of(course.file(), line, "course.noMandatoryItem"));
        }
        return problems;
    }

    /**
     * Courses of a folder that reuse a key already taken by an earlier file (in the order given): assignments and
     * records name a course by its key, so two files with one key would silently share progress.
     */
    public static List<ImportProblem> duplicateKeys(List<Course> courses) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> firstFile = new HashMap<>();
        for (Course course : courses) {
            String first = firstFile.putIfAbsent(course.key(), course.file());
            if (first != null) {
                problems.add(ImportProblem.of(course.file(), 1, "course.duplicateCourseKey", course.key(), first));
            }
        }
        return problems;
    }

    /** Items whose module, bank or scenario does not exist, each at the item's line. */
    public static List<ImportProblem> references(Course course, KnownContent known) {
        List<ImportProblem> problems = new ArrayList<>();
        for (CourseItem item : course.items()) {
            if (!known.contains(item.key())) {
                problems.add(ImportProblem.of(
                        course.file(),
                        item.line(),
                        "course.unknownReference",
                        item.type().fileName(),
                        item.ref()));
            }
        }
        return problems;
    }

    /**
     * Scenario items whose threshold fewer than two runs of the scenario meet, each at the item's line.
     * {@code passingRuns} gives, for a scenario key, how many complete runs of its authored replies complete an item
     * at a threshold (the role-play feature's rule: at or above it, no capping taboo); scenarios it does not know are
     * skipped here ({@link #references} reports them).
     */
    public static List<ImportProblem> thresholds(Course course, Map<String, IntToLongFunction> passingRuns) {
        List<ImportProblem> problems = new ArrayList<>();
        for (CourseItem item : course.items()) {
            IntToLongFunction passing = item.type() == ItemType.SCENARIO ? passingRuns.get(item.ref()) : null;
            if (passing == null) {
                continue;
            }
            long runs = passing.applyAsLong(item.threshold());
            if (runs < 2) {
                problems.add(ImportProblem.of(
                        course.file(), item.line(), "course.thresholdSinglePath", item.ref(), item.threshold(), runs));
            }
        }
        return problems;
    }
}
