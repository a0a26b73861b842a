package academy.xinfang.quiz.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a bank file name maps to the bank key: {@code 09-six-taboos.gift} is {@code six-taboos}, the module's id. */
public final class BankFiles {
    private static final Pattern NAME = Pattern.compile("(?:\\d+-)?([a-z0-9][a-z0-9-]{0,63})\\.(gift|txt)");

    private BankFiles() {}

    public static Optional<String> keyOf(String fileName) {
        Matcher m = NAME.matcher(fileName.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
