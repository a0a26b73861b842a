package academy.xinfang.progress.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one item behind the home page's "继续学习": of the assigned courses with an item still open, the most urgent
 * (an overdue course first, then the nearest deadline, then one already open before one that has not started, then the
 * order the courses were listed in), and in it the course's next item ({@link CourseCard#next()}). A module or quiz
 * opens its own page; a scenario opens the play under way when there is one, else it must be started (a post: a play
 * is made), never the list of scenarios.
 */
public final class NextStep {
    private NextStep() {}

    /**
     * What "继续学习" does: the course and item, and either the page to open (relative to the application) or, for a
     * scenario without a play under way, {@code href} null and {@code startScenario} the scenario key to start.
     */
    public record Step(String courseKey, CourseCard.ItemView item, String href, String startScenario)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The step for these cards, given the officer's plays under way (scenario key to play session id); empty when no
     * course has anything left to do.
     */
    public static Optional<Step> of(List<CourseCard> cards, Map<String, Long> openPlays) {
        Comparator<CourseCard> urgency = Comparator.comparing((CourseCard c) -> !c.overdue())
                .thenComparing(CourseCard::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(CourseCard::upcoming);
        return cards.stream()
                .filter(c -> c.next() != null)
                .sorted(urgency) // stable: equal courses keep the order they were listed in
                .findFirst()
                .map(c -> step(c, openPlays));
    }

    private static Step step(CourseCard card, Map<String, Long> openPlays) {
        CourseCard.ItemView item = card.next();
        if (!"scenario".equals(item.type())) {
            return new Step(card.key(), item, item.href(), null);
        }
        Long session = openPlays.get(item.ref());
        return session == null
                ? new Step(card.key(), item, null, item.ref())
                : new Step(card.key(), item, "/learn/roleplay.xhtml?session=" + session, null);
    }
}
