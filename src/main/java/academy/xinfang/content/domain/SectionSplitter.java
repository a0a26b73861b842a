package academy.xinfang.content.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a rendered module at its {@code <h2 id="…">} headings, so that the reader can track and show each section on
 * its own. Text before the first heading, if any, becomes the section {@code intro}.
 */
public final class SectionSplitter {
    private static final Pattern H2 = Pattern.compile("<h2[^>]*\\bid=\"([^\"]+)\"[^>]*>");

    private SectionSplitter() {}

    public static Map<String, String> split(String html) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = H2.matcher(html);
        int start = 0;
        String key = "intro";
        while (m.find()) {
            put(sections, key, html.substring(start, m.start()));
            key = m.group(1);
            start = m.start();
        }
        put(sections, key, html.substring(start));
        return sections;
    }

    private static void put(Map<String, String> sections, String key, String part) {
        if (!part.isBlank()) {
            sections.merge(key, part, String::concat);
        }
    }
}
