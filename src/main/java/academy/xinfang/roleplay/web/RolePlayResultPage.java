package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.LocaleBean;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import academy.xinfang.roleplay.application.ScoreCard;
import academy.xinfang.roleplay.domain.ReplyScore;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/** The scorecard of a finished session: ending and debrief, the seven qualities, every taboo hit, and play again. */
@Named
@ViewScoped
public class RolePlayResultPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RolePlayService rolePlays;

    @Inject
    LocaleBean locale;

    private Long session;
    private ScoreCard card;
    private RadarChart radar;

    static String outcome(long sessionId) {
        return "/learn/roleplay-result?faces-redirect=true&session=" + sessionId;
    }

    /** View action. */
    public void load() {
        if (session == null) {
            Refusals.send(Refusal.of(404, "request.parameter.missing", "session"));
            return;
        }
        try {
            card = rolePlays.scoreCard(session);
        } catch (RolePlayException e) {
            if (Http.sendStatus(e)) {
                return;
            }
            if ("roleplay.notFinished".equals(e.key())) {
                Faces.redirect("learn/roleplay.xhtml?session=%s", session);
                return;
            }
            throw e;
        }
        radar = radarOf(card);
    }

    public String playAgain() {
        try {
            return RolePlayPage.outcome(rolePlays.start(card.scenarioKey()));
        } catch (RolePlayException e) {
            Messages.error(e);
            return null;
        }
    }

    /** A typed reply of the log cut into marked pieces. */
    public List<MarkedReply.Piece> pieces(ScoreCard.TurnLine line) {
        return MarkedReply.of(line.reply(), line.hits());
    }

    /** The words of a typed reply that the scorer counted for {@code taboo}, for the taboo list. */
    public List<String> flagged(int turn, Tag taboo) {
        return card.log().stream()
                .filter(l -> l.turn() == turn && l.typed() && !l.overridden())
                .flatMap(l -> l.hits().stream())
                .filter(h -> h.counts() && h.category() == taboo)
                .map(ReplyScore.Hit::words)
                .toList();
    }

    /** The module page link of a {@code module#section} reference (the validator guarantees the form). */
    public String sectionLink(String section) {
        int hash = section.indexOf('#');
        return hash < 0
                ? "/learn/module.xhtml?id=" + section
                : "/learn/module.xhtml?id=" + section.substring(0, hash) + "#" + section.substring(hash + 1);
    }

    /** Labels in the language the page renders in (the view's locale is only set when rendering starts). */
    private RadarChart radarOf(ScoreCard scores) {
        return RadarChart.of(
                scores.qualities().stream()
                        .map(q -> Messages.text(
                                locale.getLocale(), "tag." + q.quality().name()))
                        .toList(),
                scores.qualities().stream().map(ScoreCard.QualityScore::score).toList());
    }

    public ScoreCard getCard() {
        return card;
    }

    public RadarChart getRadar() {
        return radar;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }
}
