package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.roleplay.application.FreeTextReview;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trainers: the newest replies officers typed, with the words the scorer found, and an override form for one of them
 * (the seven quality deltas, the taboos committed and a note).
 */
@Named
@ViewScoped
public class RolePlayRepliesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    RolePlayService rolePlays;

    private List<FreeTextReview> replies;
    private Long editing;
    private final Map<String, Integer> qualities = new LinkedHashMap<>();
    private List<String> taboos = List.of();
    private String note;

    /** View action. */
    public void load() {
        replies = rolePlays.freeTextReplies(SHOWN);
    }

    /** Opens the override form on a reply, filled with the effects that count now. */
    public void edit(long turnId) {
        editing = turnId;
        FreeTextReview r =
                replies.stream().filter(x -> x.turnId() == turnId).findFirst().orElseThrow();
        qualities.clear();
        for (Tag q : getQualityTags()) {
            qualities.put(q.name(), r.qualities().getOrDefault(q, 0));
        }
        taboos = r.taboos().stream().map(Enum::name).toList();
        note = r.overridden() ? r.overrideNote() : "";
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        Map<Tag, Integer> deltas = new EnumMap<>(Tag.class);
        qualities.forEach((k, v) -> deltas.put(Tag.valueOf(k), v == null ? 0 : v));
        Set<Tag> chosen = EnumSet.noneOf(Tag.class);
        taboos.forEach(t -> Tag.parse(t).ifPresent(chosen::add));
        try {
            rolePlays.override(editing, deltas, chosen, note);
            Messages.info("roleplay.replies.saved");
            editing = null;
            replies = rolePlays.freeTextReplies(SHOWN);
        } catch (RolePlayException e) {
            Messages.error(e);
        }
    }

    /** A quality and its delta, for display. */
    public record Delta(Tag quality, int delta) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The quality deltas that count for a reply now, in glossary order. */
    public List<Delta> deltas(FreeTextReview r) {
        return getQualityTags().stream()
                .filter(r.qualities()::containsKey)
                .map(q -> new Delta(q, r.qualities().get(q)))
                .toList();
    }

    public List<MarkedReply.Piece> pieces(FreeTextReview r) {
        return MarkedReply.of(r.words(), r.hits());
    }

    public List<Tag> getQualityTags() {
        return Arrays.stream(Tag.values())
                .filter(t -> t.kind() == TagKind.QUALITY)
                .toList();
    }

    public List<Tag> getTabooTags() {
        return Arrays.stream(Tag.values())
                .filter(t -> t.kind() == TagKind.TABOO)
                .toList();
    }

    public List<FreeTextReview> getReplies() {
        return replies;
    }

    public Long getEditing() {
        return editing;
    }

    public Map<String, Integer> getQualities() {
        return qualities;
    }

    public List<String> getTaboos() {
        return taboos;
    }

    public void setTaboos(List<String> taboos) {
        this.taboos = taboos == null ? List.of() : taboos;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
