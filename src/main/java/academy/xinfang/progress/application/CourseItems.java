package academy.xinfang.progress.application;

import academy.xinfang.content.application.ReadingResults;
import academy.xinfang.progress.domain.ItemFact;
import academy.xinfang.progress.domain.ItemKey;
import academy.xinfang.progress.domain.ItemType;
import academy.xinfang.progress.domain.KnownContent;
import academy.xinfang.quiz.application.QuizResults;
import academy.xinfang.roleplay.application.RolePlayResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What course items point to, asked of the features that own it: which modules, banks and scenarios are online, their
 * titles, and what one officer did on them. Each owner answers with one aggregate query per call, whatever the number
 * of items; this class only joins the answers on keys.
 */
@ApplicationScoped
public class CourseItems {
    @Inject
    ReadingResults reading;

    @Inject
    QuizResults quizzes;

    @Inject
    RolePlayResults rolePlays;

    protected CourseItems() {}

    /** For tests outside the container. */
    public CourseItems(ReadingResults reading, QuizResults quizzes, RolePlayResults rolePlays) {
        this.reading = reading;
        this.quizzes = quizzes;
        this.rolePlays = rolePlays;
    }

    /** Modules, banks and scenarios that are online (have a current version): what course items may name. */
    public KnownContent knownContent() {
        return new KnownContent(reading.onlineModules(), quizzes.onlineBanks(), rolePlays.onlineScenarios());
    }

    /** Titles of the modules and scenarios online, for labelling course items. */
    public Map<ItemKey, String> titles() {
        Map<ItemKey, String> titles = new HashMap<>();
        reading.titles().forEach((key, title) -> titles.put(new ItemKey(ItemType.MODULE, key), title));
        rolePlays.titles().forEach((key, title) -> titles.put(new ItemKey(ItemType.SCENARIO, key), title));
        return titles;
    }

    /**
     * What one officer did on the given items, as facts for {@code CourseProgress}: three aggregate queries (one per
     * owner). A scenario's fact is the best session without a capping taboo when there is one, as the role-play feature
     * decided it after any trainer's override.
     */
    public Map<ItemKey, ItemFact> facts(long userId, Collection<ItemKey> items) {
        Map<ItemType, Set<String>> refs = new HashMap<>();
        for (ItemType type : ItemType.values()) {
            refs.put(type, new HashSet<>());
        }
        items.forEach(k -> refs.get(k.type()).add(k.ref()));
        Map<ItemKey, ItemFact> facts = new HashMap<>();
        reading.readBy(userId, refs.get(ItemType.MODULE))
                .forEach((key, completed) ->
                        facts.put(new ItemKey(ItemType.MODULE, key), new ItemFact.Module(true, completed)));
        quizzes.triedBy(userId, refs.get(ItemType.QUIZ))
                .forEach((key, passed) -> facts.put(new ItemKey(ItemType.QUIZ, key), new ItemFact.Quiz(true, passed)));
        rolePlays
                .bestOf(userId, refs.get(ItemType.SCENARIO))
                .forEach((key, best) -> facts.put(
                        new ItemKey(ItemType.SCENARIO, key),
                        new ItemFact.Scenario(best.points(), best.cappedByTaboo())));
        return facts;
    }
}
