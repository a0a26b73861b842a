package academy.xinfang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A diagnostic to switch on before clustering ({@code ACADEMY_SESSION_CHECK=true}; off by default, when it costs
 * nothing): after each request it serialises every attribute of the HTTP session (view-scoped pages, the view states,
 * the language) as the session store of a {@code <distributable/>} application must, and logs one SEVERE line
 * {@code event=session.unportable} naming the first attribute that fails, the class of its value and the exception
 * (whose message names the class inside it that is not serializable). Such a session cannot move to another node: the
 * store fails on it after every request and the officer's work is lost with a node. Each session's serialised size is
 * logged at FINE ({@code event=session.size}, with each attribute's share, largest first), or at INFO when {@code ACADEMY_SESSION_CHECK_SIZES=true}: Payara Micro
 * has no console to change a log level at run time, and the size of the session is what every request pays to store
 * it.
 *
 * <p>The check serialises with the object stream the session store itself uses (GlassFish's {@code JavaEEIOUtils},
 * which writes an injected session bean as a reference to look up again, as it does a normal-scoped bean's proxy): a
 * plain {@link ObjectOutputStream} would refuse every page that holds a service. On a server without it the check
 * says so at start and uses a plain stream, which is stricter than the store.
 */
public class SessionPortabilityCheck extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionPortabilityCheck.class.getName());

    private static final String STORE_STREAMS = "com.sun.enterprise.container.common.spi.util.JavaEEIOUtils";

    private boolean enabled;
    private Level sizeLevel = Level.FINE;
    private transient Streams streams = ObjectOutputStream::new;

    /** Opens the object stream a session is written with. */
    interface Streams {
        ObjectOutputStream open(OutputStream out) throws IOException;
    }

    @Override
    public void init() {
        enabled = setting("academy.session.check");
        sizeLevel = setting("academy.session.check.sizes") ? Level.INFO : Level.FINE;
        if (enabled) {
            streams = storeStreams();
            LOG.info("event=session.check.on sizes=" + sizeLevel);
        }
    }

    /**
     * The store's streams, found through the server's service locator by name: the application does not compile
     * against server internals, and another server simply lacks them.
     */
    private static Streams storeStreams() {
        try {
            ClassLoader loader = SessionPortabilityCheck.class.getClassLoader();
            Class<?> ioUtilsType = Class.forName(STORE_STREAMS, true, loader);
            Object locator = Class.forName("org.glassfish.internal.api.Globals", true, loader)
                    .getMethod("getDefaultHabitat")
                    .invoke(null);
            Object ioUtils = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, loader)
                    .getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, ioUtilsType, new Annotation[0]);
            Method create = ioUtilsType.getMethod("createObjectOutputStream", OutputStream.class, boolean.class);
            if (ioUtils == null) {
                throw new ClassNotFoundException(STORE_STREAMS + " service");
            }
            return out -> {
                try {
                    return (ObjectOutputStream) create.invoke(ioUtils, out, true);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IOException(e);
                }
            };
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.warning("event=session.check.plain-streams reason=" + e);
            return ObjectOutputStream::new;
        }
    }

    private static boolean setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            // scripts and styles change no session: checking after them would only repeat the page's line
            if (enabled
                    && !SecurityHeadersFilter.isStatic(request.getRequestURI()
                            .substring(request.getContextPath().length()))) {
                check(request.getSession(false), request.getRequestURI());
            }
        }
    }

    /** Serialises each attribute of the session; logs the first that fails, or the session's size. */
    void check(HttpSession session, String uri) {
        if (session == null) {
            return;
        }
        long bytes = 0;
        Map<String, Long> sizes = new HashMap<>();
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                Object value = session.getAttribute(name);
                try {
                    long size = serialisedSize(streams, value);
                    sizes.put(name, size);
                    bytes += size;
                } catch (IOException | RuntimeException e) {
                    LOG.severe(() -> "event=session.unportable attribute=" + name + " class="
                            + (value == null ? "null" : value.getClass().getName()) + " uri=" + uri
                            + " error=" + e);
                    return;
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request: nothing left to move
            return;
        }
        long size = bytes;
        // largest first: what makes a session heavy
        LOG.log(
                sizeLevel,
                () -> "event=session.size bytes=" + size + " uri=" + uri + " attributes="
                        + sizes.entrySet().stream()
                                .sorted(Map.Entry.<String, Long>comparingByValue()
                                        .reversed())
                                .map(e -> e.getKey() + ":" + e.getValue())
                                .collect(Collectors.joining(",")));
    }

    /** Bytes of the object's serialised form, counted, never kept. */
    static long serialisedSize(Streams streams, Object value) throws IOException {
        Counting counting = new Counting();
        try (ObjectOutputStream out = streams.open(counting)) {
            out.writeObject(value);
        }
        return counting.count;
    }

    private static final class Counting extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
