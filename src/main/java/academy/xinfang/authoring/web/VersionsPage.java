package academy.xinfang.authoring.web;

import academy.xinfang.authoring.application.AuthoringException;
import academy.xinfang.authoring.application.AuthoringService;
import academy.xinfang.authoring.domain.LineDiff;
import academy.xinfang.content.application.VersionRow;
import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A module's versions and the difference between any two, chosen by GET parameters. */
@Named
@ViewScoped
public class VersionsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    private String module;
    private Integer from;
    private Integer to;
    private List<VersionRow> versions = List.of();
    private List<LineDiff.Line> diff = List.of();

    /** View action. */
    public void load() {
        try {
            versions = authoring.versions(module);
            if (from != null && to != null) {
                diff = authoring.diff(module, from, to);
            }
        } catch (AuthoringException e) {
            Messages.error(e);
        }
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<LineDiff.Line> getDiff() {
        return diff;
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
