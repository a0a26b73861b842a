package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesThePublishedExampleOfPythonsUuidModule() {
        // Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
        assertThat(NameBasedUuid.v5(DNS, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void isVersionFiveOfTheIetfVariantAndDependsOnNamespaceAndName() {
        UUID id = NameBasedUuid.v5(NameBasedUuid.URL_NAMESPACE, "https://example.org/a");

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(NameBasedUuid.v5(NameBasedUuid.URL_NAMESPACE, "https://example.org/a"))
                .isEqualTo(id);
        assertThat(NameBasedUuid.v5(NameBasedUuid.URL_NAMESPACE, "https://example.org/b"))
                .isNotEqualTo(id);
        assertThat(NameBasedUuid.v5(DNS, "https://example.org/a")).isNotEqualTo(id);
    }
}
