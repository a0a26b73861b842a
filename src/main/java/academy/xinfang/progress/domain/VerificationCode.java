package academy.xinfang.progress.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code printed on a certificate and typed into the public verification page, e.g. {@code 7K3M-9QXA-2B46}.
 *
 * <ul>
 *   <li>Crockford's base-32 alphabet: digits and capitals without I, L, O and U, so nothing reads as something else;
 *       typed {@code O} counts as {@code 0} and {@code I}/{@code L} as {@code 1}, lower case as upper case, and
 *       full-width characters from a Chinese input method as their ASCII forms.
 *   <li>11 random characters (55 bits: guessing a valid code is hopeless even without rate limits) and one check
 *       character by the Luhn mod 32 algorithm, which catches every single mistyped character and every swap of two
 *       neighbours but one ({@code 0Z} ↔ {@code Z0}, the algorithm's blind spot, like 09 ↔ 90 in decimal Luhn), so
 *       a typo is reported as a typo rather than as "no such certificate".
 * </ul>
 */
public final class VerificationCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int PAYLOAD = 11;
    private static final int N = ALPHABET.length();

    private VerificationCode() {}

    /** A new code in canonical form (no separators); pass a {@code SecureRandom}. */
    public static String generate(RandomGenerator random) {
        StringBuilder payload = new StringBuilder(PAYLOAD + 1);
        for (int i = 0; i < PAYLOAD; i++) {
            payload.append(ALPHABET.charAt(random.nextInt(N)));
        }
        return payload.append(checkCharacter(payload)).toString();
    }

    static char checkCharacter(CharSequence payload) {
        int sum = luhnSum(payload, 2);
        return ALPHABET.charAt((N - sum % N) % N);
    }

    /** Luhn mod N: from the right, every other value is doubled and its base-N digits added. */
    private static int luhnSum(CharSequence chars, int firstFactor) {
        int factor = firstFactor;
        int sum = 0;
        for (int i = chars.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(chars.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return sum;
    }

    /** The canonical code for what someone typed, or empty when it cannot be a valid code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char mapped = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            code.append(mapped);
        }
        return code.length() == PAYLOAD + 1 && luhnSum(code, 1) % N == 0
                ? Optional.of(code.toString())
                : Optional.empty();
    }

    /** Groups of four for print, {@code XXXX-XXXX-XXXX}. */
    public static String format(String canonical) {
        return canonical.substring(0, 4) + "-" + canonical.substring(4, 8) + "-" + canonical.substring(8);
    }
}
