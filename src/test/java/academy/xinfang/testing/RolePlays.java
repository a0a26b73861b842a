package academy.xinfang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Role-play set-up over raw HTTP, for tests that then post forged or stale replies to the session. */
public final class RolePlays {
    private static final Pattern START_BUTTON = Pattern.compile("name=\"([^\"]+:start)\"");

    private RolePlays() {}

    /** Starts the scenario from the role-play list, as its start button does, and returns the new session's id. */
    public static String start(RawClient officer, String scenario) {
        RawClient.Response list = officer.get("/learn/roleplays.xhtml");
        String card = list.body().substring(list.body().indexOf("id=\"scenario-" + scenario + "\""));
        Matcher button = START_BUTTON.matcher(card);
        assertThat(button.find()).as("start button of " + scenario).isTrue();
        RawClient.Response started = officer.postForm(
                "/learn/roleplays.xhtml",
                Map.of(
                        "scenarios",
                        "scenarios",
                        button.group(1),
                        "x",
                        "jakarta.faces.ViewState",
                        list.viewState(),
                        RawClient.NONCE_FIELD,
                        list.nonce()),
                Map.of());
        String location = started.header("Location");
        assertThat(location).as("redirect to the new session").contains("session=");
        return location.replaceAll(".*session=(\\d+).*", "$1");
    }
}
