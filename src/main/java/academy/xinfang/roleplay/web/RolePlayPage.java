package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.roleplay.application.PlayView;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import academy.xinfang.roleplay.domain.ReplyScore;
import academy.xinfang.roleplay.domain.ReplyScorer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Playing a session: the talk so far, the visitor's mood and the replies on offer, and on a free-text node a box for
 * the officer's own words, whose scoring is shown once sent. Each reply is one ajax post; the last one goes on to the
 * result page. Someone else's session answers 403, an unknown one 404.
 */
@Named
@ViewScoped
public class RolePlayPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The request parameter carrying the chosen reply's id: the name of the reply command, so a plain post decodes. */
    static final String CHOICE = "reply:send";
    /** The request parameter carrying the turns taken when the form was drawn. */
    static final String TURN = "turn";

    @Inject
    RolePlayService rolePlays;

    private Long session;
    private PlayView view;
    private String typed;
    private ReplyScore lastReply;

    static String outcome(long sessionId) {
        return "/learn/roleplay?faces-redirect=true&session=" + sessionId;
    }

    /** View action. */
    public void load() {
        if (session == null) {
            Refusals.send(Refusal.of(404, "request.parameter.missing", "session"));
            return;
        }
        try {
            view = rolePlays.view(session);
        } catch (RolePlayException e) {
            if (!Http.sendStatus(e)) {
                throw e;
            }
            return;
        }
        if (view.finished()) {
            Faces.redirect("learn/roleplay-result.xhtml?session=%s", session);
        }
    }

    /**
     * Gives the reply whose id the form sent (parameter {@value #CHOICE}: the reply's authored index, not the position
     * it was shown at) to the turn the form was showing (parameter {@value #TURN}: the turns taken when the page was
     * drawn, not what this view holds now, which a reply sent just before has already moved on). A reply to a turn
     * the talk has left is refused with a message and nothing is recorded. A postback naming a session that is not
     * the caller's (a full postback reads the {@code session} view parameter again, so a forged form can carry any
     * id) is answered 403, an unknown one 404, and nothing is played; a missing or malformed id is refused.
     */
    public String choose() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Integer choice = number(params.get(CHOICE));
        Integer turn = number(params.get(TURN));
        try {
            if (choice == null) {
                throw new RolePlayException("roleplay.noChoice", String.valueOf(params.get(CHOICE)));
            }
            if (turn == null) {
                throw new RolePlayException("roleplay.staleTurn");
            }
            if (rolePlays.choose(session, turn, choice)) {
                return RolePlayResultPage.outcome(session);
            }
        } catch (RolePlayException e) {
            if (Http.sendStatus(e)) {
                return null;
            }
            Messages.error(e);
        }
        return afterReply();
    }

    /**
     * Sends the officer's own words on a free-text node, to the turn the form was showing (see {@link #choose}); the
     * scorer's findings stay on screen with the next node.
     */
    public String reply() {
        Integer turn = number(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(TURN));
        try {
            if (turn == null) {
                throw new RolePlayException("roleplay.staleTurn");
            }
            lastReply = rolePlays.reply(session, turn, typed);
            typed = null;
        } catch (RolePlayException e) {
            if (Http.sendStatus(e)) {
                return null;
            }
            Messages.error(e);
        }
        return afterReply();
    }

    private static Integer number(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** After a reply, or a refusal (a second click, another tab went on): where the talk now is, or its result. */
    private String afterReply() {
        try {
            view = rolePlays.view(session);
        } catch (RolePlayException e) {
            // a forged form naming someone else's session, refused before the service saw it
            if (Http.sendStatus(e)) {
                return null;
            }
            throw e;
        }
        return view.finished() ? RolePlayResultPage.outcome(session) : null;
    }

    public List<MarkedReply.Piece> getLastReplyPieces() {
        return lastReply == null ? List.of() : MarkedReply.of(lastReply.text(), lastReply.hits());
    }

    public ReplyScore getLastReply() {
        return lastReply;
    }

    public int getMaxLength() {
        return ReplyScorer.MAX_LENGTH;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    /** Seconds left for the reply on screen, as the page first shows them (the script counts down from there). */
    public long secondsLeft() {
        return Math.max(0, view.timeLimit() - view.secondsElapsed());
    }

    /** Width of a mood bar, kept inside 0–100 for the style attribute. */
    public int percent(int value) {
        return Math.max(0, Math.min(100, value));
    }

    public PlayView getView() {
        return view;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }
}
