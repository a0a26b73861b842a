package academy.xinfang.platform.web;

import academy.xinfang.platform.ExpectedException;
import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.omnifaces.util.Faces;

/**
 * Answers a request with a 4xx status and a specific message on the error page (web.xml maps 400, 403 and 404 to
 * error/status.xhtml). The message goes to the page as a {@link Refusal} request attribute rather than as the text of
 * {@code sendError}: the page renders it in the user's language, and no user text ever reaches the status line.
 */
public final class Refusals {
    /** The request attribute the error pages read. */
    public static final String ATTRIBUTE = "academy.refusal";

    private Refusals() {}

    /** From a servlet or filter. */
    public static void send(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        request.setAttribute(ATTRIBUTE, refusal);
        response.sendError(refusal.status());
    }

    /**
     * From a Faces page (view action or action method): the rest of the lifecycle is skipped. An ajax request gets a
     * partial response whose {@code <error>} carries the key and the message (the Faces ajax protocol's place for a
     * server error), since the page's script cannot use an HTML error page. Its status stays 200, as for a stale form
     * ({@link ErrorPage#staleForm()}): the browser's Faces script reads only a partial response that succeeded, and
     * hands any other to its error handlers without the message.
     */
    public static void send(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getRequestMap().put(ATTRIBUTE, refusal);
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                PartialResponseWriter writer = faces.getPartialViewContext().getPartialResponseWriter();
                writer.startDocument();
                writer.startError(refusal.key());
                writer.writeText(
                        Messages.text(refusal.key(), refusal.arguments().toArray()), null);
                writer.endError();
                writer.endDocument();
                faces.responseComplete();
            } else {
                Faces.responseSendError(refusal.status(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An expected refusal of a service (for example "no such draft") as the answer to the whole request. */
    public static void send(int status, ExpectedException refusal) {
        send(Refusal.of(status, refusal));
    }

    /**
     * What a page shows for the value of its view parameter, loaded in its view action; or null, the page answered 404
     * with the reason, when the parameter is missing or the service refuses it (no such quiz, someone else's attempt:
     * a page does not tell which ids exist).
     */
    public static <P, T> T orNotFound(String parameter, P value, Function<P, T> load) {
        if (value == null) {
            send(Refusal.of(HttpServletResponse.SC_NOT_FOUND, "request.parameter.missing", parameter));
            return null;
        }
        try {
            return load.apply(value);
        } catch (ExpectedException e) {
            send(HttpServletResponse.SC_NOT_FOUND, e);
            return null;
        }
    }
}
