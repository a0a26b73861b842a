package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import academy.xinfang.roleplay.application.ScoreCard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;

/** The scorecard of a finished session: ending and debrief, the seven qualities, every taboo hit, and play again. */
@Named
@ViewScoped
public class RolePlayResultPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RolePlayService rolePlays;

    private Long session;
    private ScoreCard card;
    private String radar;

    static String outcome(long sessionId) {
        return "/learn/roleplay-result?faces-redirect=true&session=" + sessionId;
    }

    /** View action. */
    public void load() throws IOException {
        if (session == null) {
            Http.send(404);
            return;
        }
        try {
            card = rolePlays.scoreCard(session);
        } catch (RolePlayException e) {
            if (Http.sendStatus(e)) {
                return;
            }
            if ("roleplay.notFinished".equals(e.key())) {
                Http.redirect("/learn/roleplay.xhtml?session=" + session);
                return;
            }
            throw e;
        }
        radar = radarJson();
    }

    public String playAgain() {
        try {
            return RolePlayPage.outcome(rolePlays.start(card.scenarioKey()));
        } catch (RolePlayException e) {
            Messages.error(e);
            return null;
        }
    }

    /** The module page link of a {@code module#section} reference (the validator guarantees the form). */
    public String sectionLink(String section) {
        int hash = section.indexOf('#');
        return hash < 0 ? "/learn/module.xhtml?id=" + section
                : "/learn/module.xhtml?id=" + section.substring(0, hash) + "#" + section.substring(hash + 1);
    }

    /** Chart.js configuration of the radar of the seven qualities, labels in the page's language. */
    private String radarJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        card.qualities().forEach(q -> {
            labels.add(Messages.text("tag." + q.quality().name()));
            data.add(q.score());
        });
        return Json.createObjectBuilder()
                .add("type", "radar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text("roleplay.result.qualities"))
                                .add("data", data)
                                .add("fill", true)
                                .add("backgroundColor", "rgba(139, 26, 26, 0.2)")
                                .add("borderColor", "rgb(139, 26, 26)"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("r", Json.createObjectBuilder()
                                .add("min", 0)
                                .add("max", 100)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 20)))))
                .build()
                .toString();
    }

    public ScoreCard getCard() {
        return card;
    }

    public String getRadar() {
        return radar;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }
}
