package academy.xinfang.content.web;

import academy.xinfang.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The human titles of a module's sources. A module's front matter lists its sources by file name (the seed speeches
 * and the regulation text the module draws on); learners see the titles the bundles give those files
 * ({@code source.title.<file name>}, e.g. 《信访工作条例》（2022年）), never the file names. A source with no title in the
 * bundle is shown as itself when it reads as a title (a speech uploaded under its own name), and as a generic
 * "other training material" when it looks like a file name.
 */
@Named
@ApplicationScoped
public class SourceTitles {
    static final String PREFIX = "source.title.";
    static final String OTHER = "source.title.other";
    private static final Pattern FILE_NAME =
            Pattern.compile("(?i).*\\.(txt|md|docx?|pdf|html?|rtf|odt)$|.*\\d{3}_[0-9a-f]{8,}.*");

    /** The titles of {@code sources} on the current page's language, joined for one line; empty for none. */
    public String line(List<String> sources) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return line(sources, locale);
    }

    static String line(List<String> sources, Locale locale) {
        return String.join(Messages.text(locale, "reader.sourceSeparator"), titles(sources, locale));
    }

    /** One title per source, in order, without repeats. */
    static List<String> titles(List<String> sources, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        List<String> titles = new ArrayList<>();
        for (String source : sources == null ? List.<String>of() : sources) {
            String name = source.strip();
            String title;
            if (bundle.containsKey(PREFIX + name)) {
                title = bundle.getString(PREFIX + name);
            } else if (name.isEmpty() || FILE_NAME.matcher(name).matches()) {
                title = bundle.getString(OTHER);
            } else {
                title = name;
            }
            if (!titles.contains(title)) {
                titles.add(title);
            }
        }
        return titles;
    }
}
