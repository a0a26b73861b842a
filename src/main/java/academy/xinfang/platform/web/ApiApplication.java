package academy.xinfang.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API for administrators' tools, under /api. Calls authenticate with HTTP Basic on every request (never with a
 * browser session, so a page on another site cannot call it with a signed-in administrator's cookie); web.xml lets only
 * administrators in.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
