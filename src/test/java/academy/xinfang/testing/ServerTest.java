package academy.xinfang.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of server tests: the shared Payara Micro on H2, and an administrator session that sets data up. A test that
 * needs a server of its own declares its own static {@code startServer()}, which hides this one.
 */
public abstract class ServerTest {
    protected static PayaraServer server;
    protected static Fixtures fixtures;

    @BeforeAll
    protected static void startServer() {
        server = PayaraServer.h2();
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void closeFixtures() {
        fixtures.close();
    }
}
