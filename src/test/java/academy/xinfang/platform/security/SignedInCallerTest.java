package academy.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The id is handed out only for the name the mechanism set it with. */
class SignedInCallerTest {
    @Test
    void knowsNobodyUntilTheMechanismSetsTheCaller() {
        assertThat(new SignedInCaller().idOf("wang.fang")).isEmpty();
    }

    @Test
    void givesTheIdOnlyForTheNameItWasSetWith() {
        SignedInCaller caller = new SignedInCaller();
        caller.set(42L, "wang.fang");

        assertThat(caller.idOf("wang.fang")).hasValue(42L);
        assertThat(caller.idOf("li.ming")).isEmpty();
        assertThat(caller.idOf(null)).isEmpty();
    }
}
