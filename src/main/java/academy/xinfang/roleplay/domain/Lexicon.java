package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words and phrases that show one taboo or one reception attitude in a typed reply (a file of
 * quizzes/lexicons). {@code agitation} and {@code trust} move the visitor's mood once per reply in which the
 * category is found; each entry adds its own quality deltas.
 */
public record Lexicon(String file, Tag category, int agitation, int trust, List<Entry> entries) {

    /** A word or phrase; {@code …} inside it stands for a few words of anything within the same clause. */
    public record Entry(String phrase, Map<Tag, Integer> qualities) {
        public Entry {
            Objects.requireNonNull(phrase, "phrase");
            qualities = qualities == null ? Map.of() : Map.copyOf(qualities);
        }
    }

    public Lexicon {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(category, "category");
        if (category.kind() != TagKind.TABOO && category.kind() != TagKind.ATTITUDE) {
            throw new IllegalArgumentException("a lexicon is for a taboo or an attitude, not " + category);
        }
        entries = List.copyOf(entries);
    }

    public boolean isTaboo() {
        return category.kind() == TagKind.TABOO;
    }
}
