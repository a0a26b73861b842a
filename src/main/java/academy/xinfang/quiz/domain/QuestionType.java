package academy.xinfang.quiz.domain;

import java.util.Optional;

/** The kinds of question our banks hold; the GIFT name is the value of the {@code @type:} metadata field. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("truefalse"),
    FILL("fill"),
    MATCHING("matching"),
    ORDERING("ordering"),
    CASE("case");

    private final String giftName;

    QuestionType(String giftName) {
        this.giftName = giftName;
    }

    public String giftName() {
        return giftName;
    }

    public static Optional<QuestionType> fromGiftName(String name) {
        for (QuestionType type : values()) {
            if (type.giftName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The type GIFT syntax alone shows: a case looks like a single-choice question and an ordering question like a
     * matching one, which is why the metadata line is authoritative.
     */
    public QuestionType syntacticType() {
        return switch (this) {
            case CASE -> SINGLE;
            case ORDERING -> MATCHING;
            default -> this;
        };
    }
}
