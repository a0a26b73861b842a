package academy.xinfang.progress.domain;

import java.util.Set;

/**
 * The keys that course items may point to: module ids, question-bank keys and scenario ids. Passed in rather than
 * looked up, so the same check runs at import time against the database and in tests against the folders.
 */
public record KnownContent(Set<String> modules, Set<String> quizzes, Set<String> scenarios) {

    public KnownContent {
        modules = Set.copyOf(modules);
        quizzes = Set.copyOf(quizzes);
        scenarios = Set.copyOf(scenarios);
    }

    public boolean contains(ItemKey key) {
        return switch (key.type()) {
            case MODULE -> modules.contains(key.ref());
            case QUIZ -> quizzes.contains(key.ref());
            case SCENARIO -> scenarios.contains(key.ref());
        };
    }
}
