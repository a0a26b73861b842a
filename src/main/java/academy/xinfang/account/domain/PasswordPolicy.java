package academy.xinfang.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Strength rule for passwords chosen by people (not for generated ones, which are always long and random): 8 to 128
 * characters with a letter and a digit, not one of the passwords people choose most often (the list shipped in
 * {@code common-passwords.txt}, compared case-insensitively), and not the username or a password containing it.
 * Length and character mix alone let {@code abcd1234} and {@code password1} through, which are the first guesses.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** Usernames shorter than this are only refused as the whole password: "ab" inside a password is no clue. */
    private static final int MIN_USERNAME_INSIDE = 3;

    private PasswordPolicy() {}

    /** @throws AccountException with a bundle key when the password is too short, too long, lacks a letter or digit, or is common */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountException("password.tooLong", MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new AccountException("password.needsLetterAndDigit");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw new AccountException("password.common");
        }
    }

    /** As {@link #check(String)}, and the password must not be the username nor contain it (case-insensitively). */
    public static void check(String password, String username) {
        check(password);
        if (username == null || username.isBlank()) {
            return;
        }
        String p = password.toLowerCase(Locale.ROOT);
        String u = username.strip().toLowerCase(Locale.ROOT);
        if (p.equals(u) || (u.length() >= MIN_USERNAME_INSIDE && p.contains(u))) {
            throw new AccountException("password.containsUsername");
        }
    }

    /** Loaded on first use; about 10,000 entries (see {@code src/test/sh/common-passwords.py} for where they come from). */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> set = new HashSet<>(16384);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing from the application");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        set.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }
}
