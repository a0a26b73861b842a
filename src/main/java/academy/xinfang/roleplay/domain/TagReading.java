package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.platform.yaml.YamlReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** A glossary tag of one of the kinds a place in a scenario or lexicon allows, as scenarios and lexicons read it. */
final class TagReading {

    private TagReading() {}

    /** The tag the node names, or null with {@code roleplay.unknownTag} or {@code roleplay.wrongTagKind}. */
    static Tag of(YamlReader yaml, Node node, String where, TagKind... kinds) {
        if (node == null) {
            return null;
        }
        String name = yaml.string(node, where);
        if (name == null) {
            return null;
        }
        Optional<Tag> tag = Tag.parse(name);
        if (tag.isEmpty()) {
            yaml.report(yaml.line(node), "roleplay.unknownTag", name);
            return null;
        }
        if (!List.of(kinds).contains(tag.get().kind())) {
            yaml.report(
                    yaml.line(node),
                    "roleplay.wrongTagKind",
                    name,
                    kinds.length == 1 ? kinds[0].name() : List.of(kinds).toString());
            return null;
        }
        return tag.get();
    }
}
