package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rubric a trainer fills in for a live role-play: each of the seven qualities and of the six reception attitudes
 * rated 1–5, each of the six taboos observed or not with a note, and an overall note. Rules: every quality and every
 * attitude is rated, and every rating is within 1–5; an observed taboo needs a note saying what was said or done, so the
 * officer can learn from it; notes are at most {@value #MAX_NOTE} characters, the overall note
 * {@value #MAX_OVERALL}.
 */
public record LiveRubric(
        Map<Tag, Integer> qualities, Map<Tag, Integer> attitudes, Map<Tag, Taboo> taboos, String overallNote) {
    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_OVERALL = 4000;

    /** A taboo as the trainer judged it. */
    public record Taboo(boolean observed, String note) {
        public Taboo {
            note = note == null ? "" : note.strip();
        }
    }

    public LiveRubric {
        qualities = Collections.unmodifiableMap(copy(qualities));
        attitudes = Collections.unmodifiableMap(copy(attitudes));
        taboos = Collections.unmodifiableMap(
                taboos == null || taboos.isEmpty() ? new EnumMap<>(Tag.class) : new EnumMap<>(taboos));
        overallNote = overallNote == null ? "" : overallNote.strip();
    }

    private static Map<Tag, Integer> copy(Map<Tag, Integer> m) {
        Map<Tag, Integer> c = new EnumMap<>(Tag.class);
        if (m != null) {
            m.forEach((k, v) -> {
                if (v != null) {
                    c.put(k, v);
                }
            });
        }
        return c;
    }

    public static List<Tag> tagsOf(TagKind kind) {
        return Arrays.stream(Tag.values()).filter(t -> t.kind() == kind).toList();
    }

    /** Bundle keys of what is wrong, with the tag concerned as argument; empty when the rubric can be saved. */
    public List<RubricProblem> problems() {
        List<RubricProblem> problems = new ArrayList<>();
        rated(TagKind.QUALITY, qualities, problems);
        rated(TagKind.ATTITUDE, attitudes, problems);
        for (Tag t : taboos.keySet()) {
            if (t.kind() != TagKind.TABOO) {
                problems.add(new RubricProblem("live.wrongTag", t));
            }
        }
        for (Tag t : tagsOf(TagKind.TABOO)) {
            Taboo taboo = taboos.get(t);
            if (taboo != null && taboo.observed() && taboo.note().isEmpty()) {
                problems.add(new RubricProblem("live.tabooNoteRequired", t));
            }
            if (taboo != null && taboo.note().length() > MAX_NOTE) {
                problems.add(new RubricProblem("live.noteTooLong", t));
            }
        }
        if (overallNote.length() > MAX_OVERALL) {
            problems.add(new RubricProblem("live.overallTooLong", null));
        }
        return problems;
    }

    private static void rated(TagKind kind, Map<Tag, Integer> ratings, List<RubricProblem> problems) {
        for (Tag t : ratings.keySet()) {
            if (t.kind() != kind) {
                problems.add(new RubricProblem("live.wrongTag", t));
            }
        }
        for (Tag t : tagsOf(kind)) {
            Integer r = ratings.get(t);
            if (r == null) {
                problems.add(new RubricProblem("live.notRated", t));
            } else if (r < MIN || r > MAX) {
                problems.add(new RubricProblem("live.outOfRange", t));
            }
        }
    }

    /** Mean of the seven quality ratings, one decimal. */
    public double qualityMean() {
        return mean(qualities);
    }

    /** Mean of the six attitude ratings, one decimal. */
    public double attitudeMean() {
        return mean(attitudes);
    }

    public List<Tag> observedTaboos() {
        return taboos.entrySet().stream()
                .filter(e -> e.getValue().observed())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double mean(Map<Tag, Integer> ratings) {
        return Math.round(ratings.values().stream()
                                .mapToInt(Integer::intValue)
                                .average()
                                .orElse(0)
                        * 10)
                / 10.0;
    }

    /** A problem of a rubric: its bundle key and the tag concerned (null for the overall note). */
    public record RubricProblem(String key, Tag tag) {}
}
