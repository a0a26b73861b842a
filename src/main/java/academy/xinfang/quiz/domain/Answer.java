package academy.xinfang.quiz.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a learner answered to one question; the variant must fit the question type. */
public sealed interface Answer {

    /** No answer given: scores 0 on any question. */
    record Blank() implements Answer {}

    /** The index (in the bank's order) of the option chosen in a single-choice or case question. */
    record Single(int index) implements Answer {}

    /** The indexes (in the bank's order) of the options chosen in a multiple-answer question. */
    record Multiple(Set<Integer> indexes) implements Answer {
        public Multiple {
            indexes = Set.copyOf(indexes);
        }
    }

    record TrueFalse(boolean value) implements Answer {}

    record Fill(String text) implements Answer {
        public Fill {
            Objects.requireNonNull(text, "text");
        }
    }

    /** For each pair of the question, in its order, the right side the learner put next to its left side. */
    record Matching(List<String> rights) implements Answer {
        public Matching {
            rights = List.copyOf(rights);
        }
    }

    /** The steps in the order the learner put them: position i should hold the step paired with i + 1. */
    record Ordering(List<String> steps) implements Answer {
        public Ordering {
            steps = List.copyOf(steps);
        }
    }
}
