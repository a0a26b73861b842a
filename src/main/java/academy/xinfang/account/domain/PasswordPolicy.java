package academy.xinfang.account.domain;

/** Minimal strength rule for passwords chosen by people (not for generated ones, which are always long). */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** @throws AccountException with a bundle key when the password is too short, too long, or lacks a letter or digit */
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
    }
}
