package academy.xinfang.authoring.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests tags from the Chinese terms of the glossary (shared/glossary.md): a tag is suggested when one of its terms
 * occurs, with the first sentence that mentions it. Traditional characters are read as their simplified forms.
 */
final class TagScanner {

    private static final Map<Tag, List<String>> TERMS = new EnumMap<>(Tag.class);

    // Besides the glossary's own terms, the plain phrases speeches use for the same thing ("切忌冷落群众", "群众第一次来
    // 信访"), so that a speech that never names the taboo or visitor type still gets its tag suggested.
    static {
        TERMS.put(Tag.POLITICAL_INTEGRITY, List.of("政治素养", "讲党性", "政治素质"));
        TERMS.put(Tag.PROFESSIONAL_ETHICS, List.of("职业道德"));
        TERMS.put(Tag.POLICY_AND_LAW, List.of("法制意识", "法治意识", "政策观念"));
        TERMS.put(Tag.PROFESSIONAL_COMPETENCE, List.of("业务综合能力", "业务能力", "业务素质"));
        TERMS.put(Tag.PSYCHOLOGICAL_RESILIENCE, List.of("心理素质"));
        TERMS.put(Tag.PRAGMATIC_STYLE, List.of("务实"));
        TERMS.put(Tag.INNOVATION, List.of("创新"));
        TERMS.put(Tag.COLD_RECEPTION, List.of("接待冷淡", "冷落群众", "冷落来访", "冷冰冰"));
        TERMS.put(Tag.HARSH_ATTITUDE, List.of("态度生硬", "态度粗暴"));
        TERMS.put(Tag.IMPATIENCE, List.of("脾气急躁", "不耐烦"));
        TERMS.put(Tag.BUCK_PASSING, List.of("推诿", "踢皮球"));
        TERMS.put(Tag.PERFUNCTORY_EVASION, List.of("敷衍", "搪塞"));
        TERMS.put(Tag.CARELESS_PROMISE, List.of("随意答复", "随意表态", "乱表态", "轻易许诺"));
        TERMS.put(Tag.FIRST_TIME, List.of("初访", "第一次来信访", "第一次来访", "第一次上访", "首次来访", "初次来访"));
        TERMS.put(Tag.PROBING, List.of("试探"));
        TERMS.put(Tag.AGITATED, List.of("情绪激动"));
        TERMS.put(Tag.COLLECTIVE, List.of("集体上访", "集体访"));
        TERMS.put(Tag.LONG_TERM, List.of("老户", "缠访", "长期上访", "反复上访"));
        TERMS.put(Tag.WARMTH, List.of("热心"));
        TERMS.put(Tag.SINCERITY, List.of("诚心"));
        TERMS.put(Tag.CAREFULNESS, List.of("细心"));
        TERMS.put(Tag.PATIENCE, List.of("耐心"));
        TERMS.put(Tag.GENUINENESS, List.of("真心"));
        TERMS.put(Tag.FAIRNESS, List.of("公心"));
    }

    /** Traditional forms of the characters the terms use, each followed by its simplified form. */
    private static final String TRADITIONAL =
            "黨党養养質质職职業业觀观識识務务實实創创綜综態态氣气諉诿隨随覆复復复試试緒绪動动" + "體体訪访戶户纏缠熱热誠诚細细講讲" + "煩烦許许諾诺來来亂乱輕轻長长";

    private TagScanner() {}

    /** The terms that suggest each tag, in glossary order. */
    static Map<Tag, List<String>> terms() {
        return TERMS;
    }

    /** Suggestions in glossary order, each with the first sentence (at most 80 characters) mentioning the tag. */
    static List<TagSuggestion> scan(String text) {
        String simplified = simplify(text);
        List<TagSuggestion> found = new ArrayList<>();
        for (Map.Entry<Tag, List<String>> entry : TERMS.entrySet()) {
            int first = -1;
            String term = null;
            for (String candidate : entry.getValue()) {
                int at = simplified.indexOf(candidate);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                    term = candidate;
                }
            }
            if (first >= 0) {
                found.add(new TagSuggestion(entry.getKey(), passage(text, first, term.length())));
            }
        }
        return found;
    }

    private static String simplify(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int at = TRADITIONAL.indexOf(chars[i]);
            if (at >= 0 && at % 2 == 0) {
                chars[i] = TRADITIONAL.charAt(at + 1);
            }
        }
        return new String(chars);
    }

    /** The sentence around [at, at+length), cut to a window of at most 80 characters around the term. */
    static String passage(String text, int at, int length) {
        int start = at;
        while (start > 0 && "。！？；!?;\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at + length;
        while (end < text.length() && "。！？；!?;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        String sentence = text.substring(start, end).strip();
        int max = TagSuggestion.MAX_PASSAGE;
        if (Chars.length(sentence) <= max) {
            return sentence;
        }
        int offset = Math.max(0, at - start - (max - length) / 2);
        int from = Math.min(offset, sentence.length() - (max - 2));
        from = Math.max(0, from);
        String window = sentence.substring(from, Math.min(sentence.length(), from + max - 2));
        return (from > 0 ? "…" : "") + window + (from + max - 2 < sentence.length() ? "…" : "");
    }
}
