package academy.xinfang.progress.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An officer's progress on one course, computed from the facts of what they did. The rules:
 *
 * <ul>
 *   <li>An item is <b>done</b> when its module was read to the end, its quiz passed, or its scenario scored at least
 *       the item's threshold without a capping taboo. Done counts even if the officer got there before the course's
 *       prerequisites were met (for example through another course): the work is not lost.
 *   <li>Otherwise an item is <b>locked</b> while any prerequisite is not done, <b>in progress</b> once started, else
 *       <b>available</b>.
 *   <li>The course is <b>complete</b> when every mandatory item is done; optional items never hold it back.
 *   <li>The percentage is of mandatory items done, rounded down, so it shows 100 only when the course is complete.
 *   <li>The course is <b>overdue</b> when it has a deadline, the clock is past it and it is not complete; its
 *       mandatory items not done are then overdue too. On the deadline instant itself it is not yet late.
 *   <li>The <b>next</b> item is the first open (available or in progress) mandatory item in course order, else the
 *       first open optional one: what counts for completion comes first.
 * </ul>
 */
public final class CourseProgress {

    private final Course course;
    private final List<ItemProgress> items;
    private final boolean overdue;
    private final boolean anyStarted;

    private CourseProgress(Course course, List<ItemProgress> items, boolean overdue, boolean anyStarted) {
        this.course = course;
        this.items = List.copyOf(items);
        this.overdue = overdue;
        this.anyStarted = anyStarted;
    }

    /**
     * @param facts what the officer did, by item; items without a fact are not started
     * @param deadline null when the assignment has none
     */
    public static CourseProgress of(
            Course course, Map<ItemKey, ? extends ItemFact> facts, Instant deadline, Clock clock) {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(clock, "clock");
        Map<ItemKey, ItemStatus> status = new HashMap<>();
        boolean anyStarted = false;
        for (CourseItem item : course.items()) {
            ItemFact fact = facts.get(item.key());
            if (fact != null && fact.type() != item.type()) {
                throw new IllegalArgumentException("a " + fact.type() + " fact for " + item.key());
            }
            anyStarted |= fact != null && fact.started();
            status.put(item.key(), status(item, fact, status));
        }
        boolean complete = course.mandatoryItems().stream().allMatch(i -> status.get(i.key()) == ItemStatus.DONE);
        boolean late = !complete && deadline != null && clock.instant().isAfter(deadline);
        List<ItemProgress> items = new ArrayList<>();
        for (CourseItem item : course.items()) {
            ItemStatus s = status.get(item.key());
            items.add(new ItemProgress(item, s, late && item.mandatory() && s != ItemStatus.DONE));
        }
        return new CourseProgress(course, items, late, anyStarted);
    }

    /** Prerequisites are always earlier items (the validator sees to it), so their status is already known. */
    private static ItemStatus status(CourseItem item, ItemFact fact, Map<ItemKey, ItemStatus> earlier) {
        if (fact != null && done(item, fact)) {
            return ItemStatus.DONE;
        }
        for (ItemKey prerequisite : item.prerequisites()) {
            if (earlier.get(prerequisite) != ItemStatus.DONE) {
                return ItemStatus.LOCKED;
            }
        }
        return fact != null && fact.started() ? ItemStatus.IN_PROGRESS : ItemStatus.AVAILABLE;
    }

    static boolean done(CourseItem item, ItemFact fact) {
        if (fact instanceof ItemFact.Module m) {
            return m.completed();
        }
        if (fact instanceof ItemFact.Quiz q) {
            return q.passed();
        }
        ItemFact.Scenario s = (ItemFact.Scenario) fact;
        return s.bestScore() >= item.threshold() && !s.cappingTabooHit();
    }

    public Course course() {
        return course;
    }

    public List<ItemProgress> items() {
        return items;
    }

    public ItemStatus status(ItemKey key) {
        return items.stream()
                .filter(i -> i.item().key().equals(key))
                .findFirst()
                .map(ItemProgress::status)
                .orElseThrow(() -> new IllegalArgumentException("not in course " + course.key() + ": " + key));
    }

    public Optional<CourseItem> next() {
        Optional<CourseItem> mandatory = firstOpen(true);
        return mandatory.isPresent() ? mandatory : firstOpen(false);
    }

    private Optional<CourseItem> firstOpen(boolean mandatory) {
        return items.stream()
                .filter(i -> i.item().mandatory() == mandatory)
                .filter(i -> i.status() == ItemStatus.AVAILABLE || i.status() == ItemStatus.IN_PROGRESS)
                .map(ItemProgress::item)
                .findFirst();
    }

    public int percentMandatoryDone() {
        long mandatory = items.stream().filter(i -> i.item().mandatory()).count();
        long done = items.stream()
                .filter(i -> i.item().mandatory() && i.status() == ItemStatus.DONE)
                .count();
        return mandatory == 0 ? 0 : (int) (done * 100 / mandatory);
    }

    public boolean complete() {
        return items.stream().filter(i -> i.item().mandatory()).allMatch(i -> i.status() == ItemStatus.DONE);
    }

    public boolean overdue() {
        return overdue;
    }

    public CourseState state() {
        if (complete()) {
            return CourseState.COMPLETED;
        }
        if (overdue) {
            return CourseState.OVERDUE;
        }
        boolean anyDone = items.stream().anyMatch(i -> i.status() == ItemStatus.DONE);
        return anyStarted || anyDone ? CourseState.IN_PROGRESS : CourseState.NOT_STARTED;
    }
}
