package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void hashedPasswordVerifies() {
        String stored = hasher.hash("secret123");
        assertThat(hasher.verify("secret123", stored)).isTrue();
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String stored = hasher.hash("secret123");
        assertThat(hasher.verify("secret124", stored)).isFalse();
        assertThat(hasher.verify("", stored)).isFalse();
    }

    @Test
    void chinesePasswordVerifies() {
        String stored = hasher.hash("信访学院2025");
        assertThat(hasher.verify("信访学院2025", stored)).isTrue();
        assertThat(hasher.verify("信访学院2026", stored)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBecauseOfSalt() {
        String first = hasher.hash("secret123");
        String second = hasher.hash("secret123");
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split(":")[2]).isNotEqualTo(second.split(":")[2]);
        assertThat(hasher.verify("secret123", first)).isTrue();
        assertThat(hasher.verify("secret123", second)).isTrue();
    }

    @Test
    void storedFormatIsAlgorithmIterationsSaltHash() {
        String stored = new PasswordHasher(1234).hash("secret123");
        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(parts[1]).isEqualTo("1234");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void hashMadeWithOtherIterationCountStillVerifies() {
        String stored = new PasswordHasher(2000).hash("secret123");
        assertThat(hasher.verify("secret123", stored)).isTrue();
    }

    @Test
    void tamperedIterationCountDoesNotVerify() {
        String stored = hasher.hash("secret123");
        String tampered = stored.replace(":1000:", ":1001:");
        assertThat(hasher.verify("secret123", tampered)).isFalse();
    }

    @Test
    void nullStoredValueDoesNotVerify() {
        assertThat(hasher.verify("secret123", null)).isFalse();
    }

    @Test
    void nullPasswordDoesNotVerify() {
        assertThat(hasher.verify(null, hasher.hash("secret123"))).isFalse();
    }

    @Test
    void storedValueWithWrongNumberOfPartsDoesNotVerify() {
        assertThat(hasher.verify("secret123", "")).isFalse();
        assertThat(hasher.verify("secret123", "plaintext")).isFalse();
        assertThat(hasher.verify("secret123", "PBKDF2WithHmacSHA256:1000:c2FsdA=="))
                .isFalse();
        assertThat(hasher.verify("secret123", "PBKDF2WithHmacSHA256:1000::")).isFalse();
        String stored = hasher.hash("secret123");
        assertThat(hasher.verify("secret123", stored + ":extra")).isFalse();
    }

    @Test
    void storedValueWithOtherAlgorithmDoesNotVerify() {
        String stored = hasher.hash("secret123");
        String other = "PBKDF2WithHmacSHA512" + stored.substring("PBKDF2WithHmacSHA256".length());
        assertThat(hasher.verify("secret123", other)).isFalse();
    }

    /**
     * Bug: verify throws instead of returning false when the stored value has four parts but a non-numeric
     * iteration count or invalid Base64 (PasswordHasher.java lines 42-45).
     */
    @Test
    void malformedFourPartStoredValueDoesNotVerify() {
        assertThat(hasher.verify("secret123", "PBKDF2WithHmacSHA256:abc:c2FsdA==:aGFzaA=="))
                .isFalse();
        assertThat(hasher.verify("secret123", "PBKDF2WithHmacSHA256:1000:not base64!:aGFzaA=="))
                .isFalse();
        assertThat(hasher.verify("secret123", "PBKDF2WithHmacSHA256:0:c2FsdA==:aGFzaA=="))
                .isFalse();
    }

    @Test
    void iterationsBelowThousandAreRejected() {
        assertThatThrownBy(() -> new PasswordHasher(999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999");
        assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thousandIterationsAreAccepted() {
        assertThatCode(() -> new PasswordHasher(1000)).doesNotThrowAnyException();
    }

    @Test
    void randomPasswordIsSixteenCharactersAndSatisfiesPasswordPolicy() {
        for (int i = 0; i < 200; i++) {
            String password = PasswordHasher.randomPassword();
            assertThat(password).hasSize(16);
            assertThatCode(() -> PasswordPolicy.check(password)).doesNotThrowAnyException();
        }
    }

    @Test
    void randomPasswordAvoidsLookAlikeCharacters() {
        for (int i = 0; i < 200; i++) {
            assertThat(PasswordHasher.randomPassword())
                    .doesNotContainAnyWhitespaces()
                    .matches("[a-km-np-zA-HJ-NP-Z2-9]{16}");
        }
    }

    @Test
    void randomPasswordsDiffer() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            drawn.add(PasswordHasher.randomPassword());
        }
        assertThat(drawn).hasSize(50);
    }
}
