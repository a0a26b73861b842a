package academy.xinfang.content.web;

import academy.xinfang.content.application.ModuleContent;
import academy.xinfang.content.application.ModuleContent.SectionContent;
import academy.xinfang.platform.i18n.Messages;
import com.vladsch.flexmark.util.sequence.Escaping;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The body of the module page (its sections with their end marks, and the sources line) as one HTML fragment per
 * module version and language, built once and then served as it is: the same for every officer, so no page view walks
 * the sections again. A version never changes after import, so an entry never goes stale; which version is online is
 * read from the database on each view. What differs per officer (which sections are read) is in the contents list,
 * and the page's script marks the section ends from there.
 */
@ApplicationScoped
public class ModuleBodies {
    private final Map<String, String> byVersionAndLanguage = new ConcurrentHashMap<>();

    public String html(ModuleContent module, Locale locale) {
        return byVersionAndLanguage.computeIfAbsent(
                module.versionId() + " " + locale.toLanguageTag(), k -> render(module, locale));
    }

    static String render(ModuleContent module, Locale locale) {
        String read = escape(Messages.text(locale, "reader.read"));
        StringBuilder html = new StringBuilder();
        for (SectionContent s : module.sections()) {
            String key = escape(s.key());
            html.append("<section class=\"module-section\" data-section=\"")
                    .append(key)
                    .append("\">")
                    .append(s.html())
                    .append("<div class=\"section-end\" data-section=\"")
                    .append(key)
                    .append("\"><span class=\"did\">")
                    .append(read)
                    .append("</span></div></section>\n");
        }
        if (module.sources() != null && !module.sources().isEmpty()) {
            html.append("<div id=\"moduleSources\" class=\"meta module-sources\">")
                    .append(escape(Messages.text(locale, "reader.sources")))
                    .append(escape(SourceTitles.line(module.sources(), locale)))
                    .append("</div>\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
