package academy.xinfang.platform.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every tag a module may carry; names are the glossary's enum names, so content files and code agree. */
public enum Tag {
    POLITICAL_INTEGRITY(TagKind.QUALITY),
    PROFESSIONAL_ETHICS(TagKind.QUALITY),
    POLICY_AND_LAW(TagKind.QUALITY),
    PROFESSIONAL_COMPETENCE(TagKind.QUALITY),
    PSYCHOLOGICAL_RESILIENCE(TagKind.QUALITY),
    PRAGMATIC_STYLE(TagKind.QUALITY),
    INNOVATION(TagKind.QUALITY),

    COLD_RECEPTION(TagKind.TABOO),
    HARSH_ATTITUDE(TagKind.TABOO),
    IMPATIENCE(TagKind.TABOO),
    BUCK_PASSING(TagKind.TABOO),
    PERFUNCTORY_EVASION(TagKind.TABOO),
    CARELESS_PROMISE(TagKind.TABOO),

    FIRST_TIME(TagKind.VISITOR_TYPE),
    PROBING(TagKind.VISITOR_TYPE),
    AGITATED(TagKind.VISITOR_TYPE),
    COLLECTIVE(TagKind.VISITOR_TYPE),
    LONG_TERM(TagKind.VISITOR_TYPE),

    WARMTH(TagKind.ATTITUDE),
    SINCERITY(TagKind.ATTITUDE),
    CAREFULNESS(TagKind.ATTITUDE),
    PATIENCE(TagKind.ATTITUDE),
    GENUINENESS(TagKind.ATTITUDE),
    FAIRNESS(TagKind.ATTITUDE);

    private final TagKind kind;

    Tag(TagKind kind) {
        this.kind = kind;
    }

    public TagKind kind() {
        return kind;
    }

    /**
     * The tag with exactly this enum name (surrounding blanks ignored). Case matters: content files must spell tags
     * as the glossary does, so that a search for a tag name in the repository finds every file using it.
     */
    public static Optional<Tag> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        for (Tag tag : values()) {
            if (tag.name().equals(wanted)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }

    /** The tags of one kind, in glossary order. */
    public static List<Tag> ofKind(TagKind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).toList();
    }
}
