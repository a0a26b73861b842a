package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionPortabilityCheckTest {
    private final Logger logger = Logger.getLogger(SessionPortabilityCheck.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level levelBefore;

    @BeforeEach
    void captureLog() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
        logger.setLevel(levelBefore);
    }

    record Kept(String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    record NotKept(String text) {}

    record Holding(Object inside) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void anAttributeHoldingSomethingThatCannotBeSerialisedIsNamedWithItsClassAndTheClassInside() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("language", new Kept("zh"));
        attributes.put("page", new Holding(new NotKept("typed")));
        new SessionPortabilityCheck().check(session(attributes), "/learn/roleplay.xhtml");

        assertThat(records).hasSize(1);
        assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
        assertThat(records.get(0).getMessage())
                .startsWith("event=session.unportable attribute=page class=" + Holding.class.getName())
                .contains("uri=/learn/roleplay.xhtml")
                .contains("NotSerializableException: " + NotKept.class.getName());
    }

    @Test
    void aSessionThatSerialisesIsMeasuredAtFine() throws IOException {
        Kept kept = new Kept("心访");
        new SessionPortabilityCheck().check(session(Map.of("language", kept)), "/account/home.xhtml");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(kept);
        }
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getLevel()).isEqualTo(Level.FINE);
        assertThat(records.get(0).getMessage())
                .isEqualTo("event=session.size bytes=" + bytes.size() + " uri=/account/home.xhtml attributes=language:"
                        + bytes.size());
    }

    @Test
    void noSessionNoCheck() {
        new SessionPortabilityCheck().check(null, "/login.xhtml");
        assertThat(records).isEmpty();
    }

    /** A session with these attributes, of which the check reads names and values only. */
    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(
                SessionPortabilityCheckTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
