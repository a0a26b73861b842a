package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one lexicon file (format in quizzes/lexicons/README.md): {@code category} (a taboo or an attitude),
 * optional {@code mood: {agitation: n, trust: n}} and {@code entries}, a map from phrase to quality deltas. Problem
 * keys: {@code roleplay.badYaml}, {@code roleplay.missingField}, {@code roleplay.unknownField},
 * {@code roleplay.unknownTag}, {@code roleplay.wrongTagKind}, {@code roleplay.badValue}.
 */
public final class LexiconLoader {

    public record Result(Optional<Lexicon> lexicon, List<ImportProblem> problems) {}

    private LexiconLoader() {}

    public static Result load(String file, String text) {
        List<ImportProblem> problems = new ArrayList<>();
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            root = new Yaml(new SafeConstructor(options)).load(text == null ? "" : text);
        } catch (YAMLException e) {
            return failed(file, "roleplay.badYaml", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> top)) {
            return failed(file, "roleplay.badYaml", "not a mapping");
        }
        for (Object key : top.keySet()) {
            if (!List.of("category", "mood", "entries").contains(String.valueOf(key))) {
                problems.add(ImportProblem.atNode(file, 0, "", "roleplay.unknownField", key));
            }
        }
        Tag category = tag(file, top.get("category"), "category", problems, TagKind.TABOO, TagKind.ATTITUDE);
        int agitation = 0;
        int trust = 0;
        if (top.get("mood") instanceof Map<?, ?> mood) {
            for (Map.Entry<?, ?> e : mood.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (!(e.getValue() instanceof Integer n) || !List.of("agitation", "trust").contains(k)) {
                    problems.add(ImportProblem.atNode(file, 0, "", "roleplay.badValue", "mood." + k, e.getValue()));
                } else if (k.equals("agitation")) {
                    agitation = n;
                } else {
                    trust = n;
                }
            }
        } else if (top.get("mood") != null) {
            problems.add(ImportProblem.atNode(file, 0, "", "roleplay.badValue", "mood", top.get("mood")));
        }
        List<Lexicon.Entry> entries = new ArrayList<>();
        if (!(top.get("entries") instanceof Map<?, ?> map) || map.isEmpty()) {
            problems.add(ImportProblem.atNode(file, 0, "", "roleplay.missingField", "entries"));
        } else {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String phrase = String.valueOf(e.getKey()).strip();
                if (phrase.isEmpty() || phrase.replace("…", "").isBlank()) {
                    problems.add(ImportProblem.atNode(file, 0, phrase, "roleplay.badValue", "entries", e.getKey()));
                    continue;
                }
                Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
                if (e.getValue() instanceof Map<?, ?> deltas) {
                    for (Map.Entry<?, ?> d : deltas.entrySet()) {
                        Tag q = tag(file, d.getKey(), phrase, problems, TagKind.QUALITY);
                        if (!(d.getValue() instanceof Integer n)) {
                            problems.add(ImportProblem.atNode(file, 0, phrase, "roleplay.badValue", d.getKey(), d.getValue()));
                        } else if (q != null) {
                            qualities.put(q, n);
                        }
                    }
                } else if (e.getValue() != null) {
                    problems.add(ImportProblem.atNode(file, 0, phrase, "roleplay.badValue", phrase, e.getValue()));
                }
                entries.add(new Lexicon.Entry(phrase, qualities));
            }
        }
        if (!problems.isEmpty() || category == null) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new Lexicon(file, category, agitation, trust, entries)), List.of());
    }

    private static Tag tag(String file, Object value, String where, List<ImportProblem> problems, TagKind... kinds) {
        if (value == null) {
            problems.add(ImportProblem.atNode(file, 0, "", "roleplay.missingField", where));
            return null;
        }
        Optional<Tag> tag = Tag.parse(String.valueOf(value));
        if (tag.isEmpty()) {
            problems.add(ImportProblem.atNode(file, 0, where, "roleplay.unknownTag", value));
            return null;
        }
        if (!List.of(kinds).contains(tag.get().kind())) {
            problems.add(ImportProblem.atNode(file, 0, where, "roleplay.wrongTagKind", value, List.of(kinds).toString()));
            return null;
        }
        return tag.get();
    }

    private static Result failed(String file, String key, Object argument) {
        return new Result(Optional.empty(), List.of(ImportProblem.atNode(file, 0, "", key, argument)));
    }
}
