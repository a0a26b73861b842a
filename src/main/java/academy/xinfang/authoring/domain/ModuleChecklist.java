package academy.xinfang.authoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What content/README.md requires of a module beyond what the import refuses: learning objectives (an
 * {@code objectives} section), a worked example (a section whose id starts with {@code example}) and a self-check (a
 * {@code self-check} section). A module without one can still be published, the trainer is warned, because a draft
 * may be published in steps; {@code RealCurriculumTest} holds the shipped modules to the same rule.
 */
public final class ModuleChecklist {

    /** A requirement a module does not meet; {@link #key()} names its warning in the bundles. */
    public enum Missing {
        OBJECTIVES("authoring.missing.objectives"),
        EXAMPLE("authoring.missing.example"),
        SELF_CHECK("authoring.missing.selfCheck");

        private final String key;

        Missing(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final Pattern SECTION_ID = Pattern.compile("(?m)^##[ \\t]+[^\\n]*\\{#([a-z0-9-]+)\\}[ \\t]*$");

    private ModuleChecklist() {}

    /** The requirements the module's Markdown does not meet, in the README's order. */
    public static List<Missing> missing(String markdown) {
        boolean objectives = false;
        boolean example = false;
        boolean selfCheck = false;
        Matcher m = SECTION_ID.matcher(markdown == null ? "" : markdown);
        while (m.find()) {
            String id = m.group(1);
            objectives |= id.equals("objectives");
            example |= id.startsWith("example");
            selfCheck |= id.equals("self-check");
        }
        List<Missing> out = new ArrayList<>();
        if (!objectives) {
            out.add(Missing.OBJECTIVES);
        }
        if (!example) {
            out.add(Missing.EXAMPLE);
        }
        if (!selfCheck) {
            out.add(Missing.SELF_CHECK);
        }
        return out;
    }

    /**
     * The module with {@code paragraph} as the first paragraph of its body, right after the front matter (or at the
     * very start of a text without one): where a trainer restores a line the cleaning removed.
     */
    public static String withParagraphFirst(String markdown, String paragraph) {
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n");
        int bodyStart = 0;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 3);
            if (end >= 0) {
                int lineEnd = text.indexOf('\n', end + 4);
                bodyStart = lineEnd < 0 ? text.length() : lineEnd + 1;
            }
        }
        String head = text.substring(0, bodyStart);
        String body = text.substring(bodyStart).stripLeading();
        return head + (head.isEmpty() ? "" : "\n") + paragraph + "\n\n" + body;
    }
}
