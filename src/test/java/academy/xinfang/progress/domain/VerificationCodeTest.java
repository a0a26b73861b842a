package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void checkCharacterMatchesHandComputation() {
        // ZZZZZZZZZZZ: every Z is 31; doubled 62 = 1·32 + 30 adds 31 too, so the sum is 11·31 = 341 ≡ 21 (mod 32),
        // and the check value is 32 − 21 = 11, which is B.
        assertThat(VerificationCode.checkCharacter("ZZZZZZZZZZZ")).isEqualTo('B');
        assertThat(VerificationCode.checkCharacter("1234567890A")).isEqualTo('6');
        assertThat(VerificationCode.checkCharacter("00000000000")).isEqualTo('0');
    }

    @Test
    void generatedCodesAreValidTwelveCharactersOfTheAlphabet() {
        Random random = new Random(7);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.generate(random);
            assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
            assertThat(VerificationCode.normalize(code)).contains(code);
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void whatPeopleTypeIsNormalised() {
        assertThat(VerificationCode.normalize("1234-5678-90A6")).contains("1234567890A6");
        assertThat(VerificationCode.normalize(" i234 5678 9oa6 ")).contains("1234567890A6");
        assertThat(VerificationCode.normalize("l234－５６７８－90a6")).contains("1234567890A6");
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        String code = "1234567890A6";
        for (int i = 0; i < code.length(); i++) {
            for (char c : VerificationCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(i)) {
                    String typo = code.substring(0, i) + c + code.substring(i + 1);
                    assertThat(VerificationCode.normalize(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentNeighboursButZeroAndZIsCaught() {
        Random random = new Random(11);
        for (int n = 0; n < 200; n++) {
            String code = VerificationCode.generate(random);
            for (int i = 0; i + 1 < code.length(); i++) {
                String pair = code.substring(i, i + 2);
                if (code.charAt(i) != code.charAt(i + 1) && !pair.equals("0Z") && !pair.equals("Z0")) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertThat(VerificationCode.normalize(swapped))
                            .as(code + " → " + swapped)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void swappingZeroAndZIsLuhnsBlindSpot() {
        // 12JTVK2X60Z7 came out of generate(new Random(11)); the failure of the test above found the blind spot.
        assertThat(VerificationCode.normalize("12JTVK2X60Z7")).isPresent();
        assertThat(VerificationCode.normalize("12JTVK2X6Z07")).isPresent();
    }

    @Test
    void wrongLengthOrForeignCharactersAreNotCodes() {
        assertThat(VerificationCode.normalize("1234567890A")).isEmpty();
        assertThat(VerificationCode.normalize("1234567890A60")).isEmpty();
        assertThat(VerificationCode.normalize("1234567890AU")).isEmpty();
        assertThat(VerificationCode.normalize("证书1234567890")).isEmpty();
        assertThat(VerificationCode.normalize(null)).isEmpty();
    }

    @Test
    void formatsInGroupsOfFour() {
        assertThat(VerificationCode.format("1234567890A6")).isEqualTo("1234-5678-90A6");
    }
}
