package academy.xinfang.authoring.web;

import academy.xinfang.authoring.application.AuthoringException;
import academy.xinfang.authoring.application.AuthoringService;
import academy.xinfang.authoring.domain.WordDiff;
import academy.xinfang.content.application.VersionRow;
import academy.xinfang.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A module's versions and the difference between any two, chosen by GET parameters; without them the two latest are
 * compared, which is what a trainer checks after publishing.
 */
@Named
// Request-scoped: the page has no postback (its form is a GET), so nothing of it, a diff least of all, stays in the
// session.
@RequestScoped
public class VersionsPage {

    @Inject
    AuthoringService authoring;

    private String module;
    private Integer from;
    private Integer to;
    private List<VersionRow> versions = List.of();
    private List<WordDiff.Row> diff = List.of();
    private boolean compared;

    /** View action. */
    public void load() {
        try {
            versions = authoring.versions(module);
            if (from == null && to == null && versions.size() >= 2) {
                List<Integer> numbers =
                        versions.stream().map(VersionRow::versionNo).sorted().toList();
                from = numbers.get(numbers.size() - 2);
                to = numbers.get(numbers.size() - 1);
            }
            if (from != null && to != null) {
                diff = authoring.compare(module, from, to);
                compared = true;
            }
        } catch (AuthoringException e) {
            Messages.error(e);
        }
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<WordDiff.Row> getDiff() {
        return diff;
    }

    /** Whether two versions were compared (their diff may still show no change). */
    public boolean isCompared() {
        return compared;
    }

    public String getDiffTitle() {
        return Messages.text("authoring.diff.title", from, to);
    }

    /** The collapsed row's text: how many unchanged lines it stands for. */
    public String hiddenText(int lines) {
        return Messages.text("authoring.diff.hidden", lines);
    }

    /** Whether the two compared versions differ at all. */
    public boolean isChanged() {
        return diff.stream().anyMatch(WordDiff.Row::isChanged);
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
