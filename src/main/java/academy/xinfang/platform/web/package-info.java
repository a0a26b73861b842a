/**
 * What every page stands on: the error pages and refusals, request guards, security headers, converters.
 *
 * <p>Pages load their data one way: in a view action, {@code public void load()} named by
 * {@code <f:viewAction action="#{xPage.load}"/>} in the page's {@code f:metadata}. It runs once per page visit, after
 * the view parameters are set and validated, and may answer instead of the page: a missing or unknown id is
 * {@link Refusals#orNotFound Refusals.orNotFound} (404 with the reason), a move elsewhere
 * is OmniFaces' {@code Faces.redirect}. Action methods reload what they changed. Getters only return fields: they never
 * query, since Faces calls them many times per request.
 */
package academy.xinfang.platform.web;
