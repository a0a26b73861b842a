package academy.xinfang.progress.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Names one item of a course. The type is part of the key because a module and its question bank share a name
 * ({@code six-taboos} is both), so a ref alone can be ambiguous. Written {@code type:ref}, e.g. {@code quiz:six-taboos}.
 */
public record ItemKey(ItemType type, String ref) {

    public ItemKey {
        Objects.requireNonNull(type, "type");
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("ref must not be blank");
        }
    }

    /** Parses {@code type:ref}; a text without a known type prefix is empty. */
    public static Optional<ItemKey> parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        return ItemType.parse(text.substring(0, colon)).map(type -> new ItemKey(type, text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return type.fileName() + ":" + ref;
    }
}
