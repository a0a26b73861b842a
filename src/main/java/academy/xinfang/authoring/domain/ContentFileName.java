package academy.xinfang.authoring.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a module's file takes in content/: {@code NN-<id>.md}, where {@code NN} is its {@code order} divided by ten
 * (order 10, 20, 30 … matches 01, 02, 03 …, content/README.md), so that a downloaded version can be dropped into the
 * folder as it is and the importer accepts it. An order beyond 990 (a fresh draft has 999) gives 99.
 */
public final class ContentFileName {

    private static final Pattern ORDER = Pattern.compile("(?m)^order:[ \\t]*(\\d{1,9})[ \\t]*(?:#.*)?$");

    private ContentFileName() {}

    public static String of(String markdown, String moduleKey) {
        int number = 0;
        String frontMatter = frontMatter(markdown == null ? "" : markdown);
        Matcher m = ORDER.matcher(frontMatter);
        if (m.find()) {
            number = Math.min(99, Integer.parseInt(m.group(1)) / 10);
        }
        return String.format("%02d-%s.md", number, moduleKey);
    }

    private static String frontMatter(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return "";
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? "" : text.substring(4, end + 1);
    }
}
