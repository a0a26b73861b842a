package academy.xinfang.content.web;

import academy.xinfang.content.application.ModuleCard;
import academy.xinfang.content.application.ReaderService;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The module catalogue: filter by a quality, taboo or visitor type, and search; all through GET parameters. */
@Named
@RequestScoped
public class CataloguePage {
    @Inject
    ReaderService reader;

    private String tag;
    private String q;
    private List<ModuleCard> cards;

    /** View action. */
    public void load() {
        cards = reader.catalogue(Tag.parse(tag == null ? "" : tag).orElse(null), q);
    }

    public List<Tag> tagsOf(String kind) {
        TagKind k = TagKind.valueOf(kind);
        return Arrays.stream(Tag.values()).filter(t -> t.kind() == k).toList();
    }

    public List<ModuleCard> getCards() {
        return cards;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
