package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParametersTest {
    @Test
    void aWholeNumberIsReadAndALeftOutOneIsNull() throws Parameters.Bad {
        assertThat(Parameters.optionalWholeNumber("id", " 42 ")).isEqualTo(42L);
        assertThat(Parameters.optionalWholeNumber("id", "")).isNull();
        assertThat(Parameters.optionalWholeNumber("id", null)).isNull();
    }

    @Test
    void textOrANumberTooBigForALongIsRefusedNamingTheParameterAndValue() {
        assertThatThrownBy(() -> Parameters.optionalWholeNumber("session", "x"))
                .isInstanceOfSatisfying(
                        Parameters.Bad.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of(400, "request.parameter.number", "session", "x")));
        assertThatThrownBy(() -> Parameters.optionalWholeNumber("session", "99999999999999999999"))
                .isInstanceOfSatisfying(
                        Parameters.Bad.class, e -> assertThat(e.refusal().key()).isEqualTo("request.parameter.number"));
    }

    @Test
    void aNumberOutsideItsRangeIsRefusedWithTheRange() throws Parameters.Bad {
        assertThat(Parameters.wholeNumber("first", "0", 0, Integer.MAX_VALUE, 7))
                .isZero();
        assertThat(Parameters.wholeNumber("first", null, 0, Integer.MAX_VALUE, 7))
                .isEqualTo(7);
        for (String bad : new String[] {"-1", "2147483648", "1e3", "x"}) {
            assertThatThrownBy(() -> Parameters.wholeNumber("first", bad, 0, Integer.MAX_VALUE, 7))
                    .isInstanceOfSatisfying(
                            Parameters.Bad.class,
                            e -> assertThat(e.refusal())
                                    .isEqualTo(Refusal.of(
                                            400, "request.parameter.range", "first", bad, 0, Integer.MAX_VALUE)));
        }
    }

    @Test
    void aLongValueIsShortenedInTheMessage() {
        Refusal r = Parameters.invalid("key", "k".repeat(100));
        assertThat((String) r.arguments().get(1)).hasSize(41).endsWith("…");
        assertThat(Parameters.invalid("key", null)).isEqualTo(Refusal.of(400, "request.parameter.missing", "key"));
    }
}
