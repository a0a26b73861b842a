package academy.xinfang.roleplay.web;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.roleplay.domain.ReplyScore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A typed reply cut into pieces for display, each piece either plain or covered by a hit, so that the page marks the
 * words that triggered a taboo or an attitude while Faces escapes every piece (the officer's text is never markup).
 */
public final class MarkedReply {
    /** A piece of the text; {@code category} is null for plain text. */
    public record Piece(String text, Tag category, boolean negated, boolean taboo) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private MarkedReply() {}

    /** Hits overlapping an earlier one are left out of the marking (they are still listed). */
    public static List<Piece> of(String text, List<ReplyScore.Hit> hits) {
        List<ReplyScore.Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(ReplyScore.Hit::start));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (ReplyScore.Hit h : sorted) {
            if (h.start() < at || h.end() > text.length()) {
                continue;
            }
            if (h.start() > at) {
                pieces.add(new Piece(text.substring(at, h.start()), null, false, false));
            }
            pieces.add(new Piece(
                    text.substring(h.start(), h.end()),
                    h.category(),
                    h.negated(),
                    h.category().kind() == TagKind.TABOO));
            at = h.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, false, false));
        }
        return pieces;
    }
}
