package academy.xinfang.content.web;

import academy.xinfang.content.application.ModuleContent.SectionContent;
import academy.xinfang.content.application.ReadingView;
import academy.xinfang.content.domain.ModuleProgress;
import academy.xinfang.content.domain.ModuleReading;
import academy.xinfang.platform.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * What the module page's progress panel shows one officer, in the page's language: the same figures and texts for the
 * page as first rendered and for the reading report's JSON answer, from which the page's script updates the panel.
 *
 * @param leftText the module's reading time still needed, or null once there is none
 */
public record ReadingPanel(int percent, String progressText, String spentText, String leftText, List<Row> sections) {

    /**
     * One line of the contents.
     *
     * @param leftText "about N minutes" for a section not yet read, else null
     */
    public record Row(String key, String title, boolean read, long millisLeft, String leftText) {}

    public static ReadingPanel of(ReadingView view, Locale locale) {
        int percent = ModuleProgress.percent(view.content().sectionKeys(), view.readSections());
        int minutesLeft = ModuleReading.minutesUp(view.totalMillisLeft());
        List<Row> rows = view.content().sections().stream()
                .map(s -> row(s, view, locale))
                .toList();
        return new ReadingPanel(
                percent,
                Messages.text(locale, "reader.progress", percent),
                Messages.text(locale, "reader.timeSpent", view.secondsSpent() / 60),
                minutesLeft > 0 ? Messages.text(locale, "reader.left", minutesLeft) : null,
                rows);
    }

    private static Row row(SectionContent s, ReadingView view, Locale locale) {
        boolean read = view.readSections().contains(s.key());
        long millis = view.millisLeft().getOrDefault(s.key(), 0L);
        return new Row(
                s.key(),
                s.title() == null || s.title().isEmpty() ? Messages.text(locale, "reader.intro") : s.title(),
                read,
                millis,
                read ? null : Messages.text(locale, "reader.sectionLeft", ModuleReading.minutesUp(millis)));
    }

    /** The panel for the page's script: every figure and text it shows, titles excepted (they do not change). */
    public JsonObject json() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Row r : sections) {
            rows.add(Json.createObjectBuilder()
                    .add("key", r.key())
                    .add("read", r.read())
                    .add("left", r.millisLeft())
                    .add("leftText", r.leftText() == null ? "" : r.leftText()));
        }
        return Json.createObjectBuilder()
                .add("status", "SAVED")
                .add("percent", percent)
                .add("progress", progressText)
                .add("spent", spentText)
                .add("left", leftText == null ? "" : leftText)
                .add("sections", rows)
                .build();
    }
}
