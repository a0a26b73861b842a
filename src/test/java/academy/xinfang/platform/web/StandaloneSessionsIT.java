package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * A standalone server (booted as the launcher boots one without {@code ACADEMY_CLUSTER}) keeps sessions in memory,
 * out of Payara's session store, which read and wrote the whole session on every request. The store versions each
 * session it keeps in a {@code JSESSIONIDVERSION} cookie, sent with every answer to a signed-in browser
 * (ClusterFailoverIT sees it on cluster members); a session in memory has none.
 */
class StandaloneSessionsIT extends ServerTest {

    @Test
    void aSignedInSessionOfAStandaloneServerStaysOutOfTheStore() {
        RawClient officer = new RawClient(server).login(fixtures.user("单机学员", null, "OFFICER"), Fixtures.PASSWORD);
        assertThat(officer.get("/officer/home.xhtml").status()).isEqualTo(200);
        assertThat(officer.get("/learn/catalogue.xhtml").status()).isEqualTo(200);
        assertThat(officer.cookie("JSESSIONID")).as("signed in").isNotNull();
        assertThat(officer.cookie("JSESSIONIDVERSION"))
                .as("no version of a stored session")
                .isNull();
    }
}
