package academy.xinfang.roleplay.web;

import academy.xinfang.account.domain.Person;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.roleplay.application.LiveRolePlayService;
import academy.xinfang.roleplay.application.LiveScorecardView;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import academy.xinfang.roleplay.application.ScenarioCard;
import academy.xinfang.roleplay.domain.LiveRubric;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trainers: scoring a live role-play on the rubric (officer, optional scenario, the seven qualities and six attitudes
 * 1–5, the six taboos observed with a note, an overall note), and the newest live scorecards.
 */
@Named
@ViewScoped
public class LiveRolePlayPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LiveRolePlayService live;

    @Inject
    RolePlayService rolePlays;

    private String officer;
    private String scenario;
    private final Map<String, Integer> ratings = new HashMap<>();
    private final Map<String, Boolean> observed = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private String overallNote;
    private List<ScenarioCard> scenarios;
    private List<LiveScorecardView> recent;
    private List<Person> officers;

    /** View action. */
    public void load() {
        scenarios = rolePlays.scenarios();
        recent = live.recent();
        officers = live.officers();
    }

    public List<Person> getOfficers() {
        return officers;
    }

    public String save() {
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        Map<Tag, Integer> attitudes = new EnumMap<>(Tag.class);
        Map<Tag, LiveRubric.Taboo> taboos = new EnumMap<>(Tag.class);
        for (Tag t : Tag.values()) {
            switch (t.kind()) {
                case QUALITY -> qualities.put(t, ratings.get(t.name()));
                case ATTITUDE -> attitudes.put(t, ratings.get(t.name()));
                case TABOO ->
                    taboos.put(
                            t, new LiveRubric.Taboo(Boolean.TRUE.equals(observed.get(t.name())), notes.get(t.name())));
                default -> {}
            }
        }
        try {
            long id = live.save(officer, scenario, new LiveRubric(qualities, attitudes, taboos, overallNote));
            Messages.info("live.saved");
            return "/learn/live-scorecard?faces-redirect=true&id=" + id;
        } catch (RolePlayException e) {
            // A rubric refusal names a tag: show its name in the page's language, not the enum constant.
            Object[] args = e.arguments();
            if (args.length == 1
                    && args[0] instanceof String name
                    && Tag.parse(name).isPresent()) {
                Messages.error(e.key(), Messages.text("tag." + name));
            } else {
                Messages.error(e);
            }
            return null;
        }
    }

    public List<Tag> tags(String kind) {
        return LiveRubric.tagsOf(TagKind.valueOf(kind));
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public Map<String, Boolean> getObserved() {
        return observed;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getOverallNote() {
        return overallNote;
    }

    public void setOverallNote(String overallNote) {
        this.overallNote = overallNote;
    }

    public List<ScenarioCard> getScenarios() {
        return scenarios;
    }

    public List<LiveScorecardView> getRecent() {
        return recent;
    }
}
