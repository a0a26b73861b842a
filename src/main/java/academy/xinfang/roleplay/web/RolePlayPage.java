package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.roleplay.application.PlayView;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Playing a session: the talk so far, the visitor's mood and the replies on offer. Each reply is one ajax post; the
 * last one goes on to the result page. Someone else's session answers 403, an unknown one 404.
 */
@Named
@ViewScoped
public class RolePlayPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RolePlayService rolePlays;

    private Long session;
    private PlayView view;

    static String outcome(long sessionId) {
        return "/learn/roleplay?faces-redirect=true&session=" + sessionId;
    }

    /** View action. */
    public void load() throws IOException {
        if (session == null) {
            Http.send(404);
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
            Http.redirect("/learn/roleplay-result.xhtml?session=" + session);
        }
    }

    /** Gives reply {@code index} to the node on screen. */
    public String choose(int index) {
        try {
            if (rolePlays.choose(session, view.turnsTaken(), index)) {
                return RolePlayResultPage.outcome(session);
            }
        } catch (RolePlayException e) {
            Messages.error(e);
        }
        // After a reply, or a refusal (a second click, another tab went on): show where the talk now is, or its result.
        view = rolePlays.view(session);
        return view.finished() ? RolePlayResultPage.outcome(session) : null;
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
