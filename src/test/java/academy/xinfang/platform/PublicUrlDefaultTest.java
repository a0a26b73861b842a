package academy.xinfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicUrlDefaultTest {
    @Test
    void theDefaultAddressFollowsThePortTheServerListensOn() {
        assertThat(new PublicUrlDefault(Map.of("PORT", "9090")::get).getValue(PublicUrlDefault.KEY))
                .isEqualTo("http://localhost:9090");
        assertThat(new PublicUrlDefault(Map.<String, String>of()::get).getValue(PublicUrlDefault.KEY))
                .isEqualTo("http://localhost:8080");
    }

    @Test
    void aPortThatIsNoPortLeaves8080() {
        for (String bad : new String[] {"", " ", "http", "0", "65536", "-1", "80 80", "123456"}) {
            assertThat(PublicUrlDefault.forPort(bad)).as(bad).isEqualTo("http://localhost:8080");
        }
        assertThat(PublicUrlDefault.forPort(" 443 ")).isEqualTo("http://localhost:443");
    }

    @Test
    void itNamesOnlyThePublicAddressAndComesLast() {
        PublicUrlDefault source = new PublicUrlDefault(Map.of("PORT", "9090")::get);
        assertThat(source.getValue("db.url")).isNull();
        assertThat(source.getPropertyNames()).containsExactly(PublicUrlDefault.KEY);
        assertThat(source.getOrdinal()).isLessThan(100);
    }
}
