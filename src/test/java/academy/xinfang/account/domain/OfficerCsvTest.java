package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.OfficerCsv.LineError;
import academy.xinfang.account.domain.OfficerCsv.Result;
import academy.xinfang.account.domain.OfficerCsv.Row;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class OfficerCsvTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Predicate<String> DEPARTMENTS = Set.of("T01", "T02", "D01")::contains;
    private static final String HEADER = "username,display_name,department_code,password\n";
    private static final String CHINESE_HEADER = "用户名,姓名,部门编码,初始密码\n";
    private static final String THREE_OFFICERS =
            "" + "zhang.wei,张伟,T01,Jieshou2025q\n" + "li.na,李娜,T02,Jieshou2026q\n" + "wang.fang,王芳,D01,Jieshou2027q\n";

    /** Records every call of the existing-usernames lookup and reports the given names as already taken. */
    private static final class Existing implements Function<Set<String>, Set<String>> {
        final List<Set<String>> calls = new ArrayList<>();
        final Set<String> taken;

        Existing(String... taken) {
            this.taken = Set.of(taken);
        }

        @Override
        public Set<String> apply(Set<String> usernames) {
            calls.add(Set.copyOf(usernames));
            Set<String> result = new HashSet<>(usernames);
            result.retainAll(taken);
            return result;
        }
    }

    private static Result parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8), new Existing());
    }

    private static Result parse(byte[] bytes, Existing existing) {
        return OfficerCsv.parse(bytes, DEPARTMENTS, existing);
    }

    private static LineError error(int line, String key, Object... arguments) {
        return new LineError(line, key, Arrays.asList(arguments));
    }

    // --- valid files and encodings ---

    @Test
    void validUtf8FileWithChineseNamesImportsAllRowsWithPhysicalLineNumbers() {
        Result result = parse(HEADER + THREE_OFFICERS);

        assertThat(result.ok()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.rows())
                .containsExactly(
                        new Row(2, "zhang.wei", "张伟", "T01", "Jieshou2025q"),
                        new Row(3, "li.na", "李娜", "T02", "Jieshou2026q"),
                        new Row(4, "wang.fang", "王芳", "D01", "Jieshou2027q"));
    }

    @Test
    void existingUsernamesIsCalledExactlyOnceWithAllNormalisedUsernames() {
        Existing existing = new Existing();
        parse(
                (HEADER + "Zhang.Wei,张伟,T01,Jieshou2025q\n li.na ,李娜,T02,Jieshou2026q\n")
                        .getBytes(StandardCharsets.UTF_8),
                existing);

        assertThat(existing.calls).containsExactly(Set.of("zhang.wei", "li.na"));
    }

    @Test
    void usernamesAreNormalisedAndCellsTrimmed() {
        Result result = parse(HEADER + "  Zhang.WEI ,  张伟  , T01 , Jieshou2025q \n");

        assertThat(result.rows()).containsExactly(new Row(2, "zhang.wei", "张伟", "T01", "Jieshou2025q"));
    }

    @Test
    void utf8FileWithByteOrderMarkIsReadAndHeaderRecognised() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + THREE_OFFICERS).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        Result result = parse(bytes, new Existing());

        assertThat(result.errors()).isEmpty();
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 3, 4);
        assertThat(result.rows().get(0).username()).isEqualTo("zhang.wei");
    }

    @Test
    void gbkEncodedFileIsDetectedAndChineseNamesAreIntact() {
        Result result = parse((HEADER + THREE_OFFICERS).getBytes(GBK), new Existing());

        assertThat(result.errors()).isEmpty();
        assertThat(result.charset()).isEqualTo(GB18030);
        assertThat(result.rows()).extracting(Row::displayName).containsExactly("张伟", "李娜", "王芳");
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 3, 4);
    }

    @Test
    void gbkEncodedFileWithChineseHeaderIsRead() {
        Result result = parse((CHINESE_HEADER + THREE_OFFICERS).getBytes(GBK), new Existing());

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows())
                .containsExactly(
                        new Row(2, "zhang.wei", "张伟", "T01", "Jieshou2025q"),
                        new Row(3, "li.na", "李娜", "T02", "Jieshou2026q"),
                        new Row(4, "wang.fang", "王芳", "D01", "Jieshou2027q"));
    }

    @Test
    void chineseHeaderNamesAreRecognised() {
        Result result = parse(CHINESE_HEADER + THREE_OFFICERS);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(3);
        assertThat(result.rows().get(1)).isEqualTo(new Row(3, "li.na", "李娜", "T02", "Jieshou2026q"));
    }

    @Test
    void alternativeHeaderNamesInAnyOrderAndCaseAreRecognised() {
        Result result = parse("密码,部门代码,账号,Name\nJieshou2025q,T01,zhang.wei,张伟\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(new Row(2, "zhang.wei", "张伟", "T01", "Jieshou2025q"));
    }

    @Test
    void extraColumnsAreIgnored() {
        Result result = parse("备注,username,display_name,department_code,password,电话\n"
                + "新人,zhang.wei,张伟,T01,Jieshou2025q,13800000000\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(new Row(2, "zhang.wei", "张伟", "T01", "Jieshou2025q"));
    }

    @Test
    void windowsLineEndingsAreRead() {
        Result result = parse((HEADER + THREE_OFFICERS).replace("\n", "\r\n"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 3, 4);
        assertThat(result.rows().get(2).password()).isEqualTo("Jieshou2027q");
    }

    @Test
    void quotedDisplayNameMayContainComma() {
        Result result = parse(HEADER + "zhang.wei,\"张伟, 副主任\",T01,Jieshou2025q\n");

        assertThat(result.rows()).extracting(Row::displayName).containsExactly("张伟, 副主任");
    }

    @Test
    void fileWithoutFinalNewlineReadsLastRow() {
        Result result = parse(HEADER + "zhang.wei,张伟,T01,Jieshou2025q");

        assertThat(result.rows()).containsExactly(new Row(2, "zhang.wei", "张伟", "T01", "Jieshou2025q"));
    }

    @Test
    void blankLinesAreIgnored() {
        Result result =
                parse("\n" + HEADER + "\n" + "zhang.wei,张伟,T01,Jieshou2025q\n\n\n" + "li.na,李娜,T02,Jieshou2026q\n\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Row::username).containsExactly("zhang.wei", "li.na");
    }

    /**
     * Bug: line numbers come from CSVRecord.getRecordNumber(), which counts records, not physical lines, so every
     * blank line before a row shifts the reported line (OfficerCsv.java line 90).
     */
    @Test
    void errorAfterBlankLinesNamesThePhysicalLine() {
        Result result = parse(HEADER
                + "zhang.wei,张伟,T01,Jieshou2025q\n" // line 2
                + "\n" // line 3
                + "\n" // line 4
                + "li.na,李娜,X99,Jieshou2026q\n"); // line 5

        assertThat(result.errors()).containsExactly(error(5, "csv.unknownDepartment", "X99"));
    }

    /** Same root cause as above: a quoted cell spanning two lines shifts every later line number by one. */
    @Test
    void errorAfterMultiLineQuotedCellNamesThePhysicalLine() {
        Result result = parse(HEADER
                + "zhang.wei,\"张伟\n副主任\",T01,Jieshou2025q\n" // lines 2-3
                + "li.na,李娜,X99,Jieshou2026q\n"); // line 4

        assertThat(result.errors()).containsExactly(error(4, "csv.unknownDepartment", "X99"));
    }

    /**
     * Bug: only completely empty lines are skipped (CSVFormat ignoreEmptyLines); a line holding only spaces or a tab
     * becomes a record of one empty cell and rejects the whole file with four errors (OfficerCsv.java lines 80, 88-94).
     */
    @Test
    void whitespaceOnlyLinesAreIgnored() {
        Result result = parse(HEADER + "zhang.wei,张伟,T01,Jieshou2025q\n   \n\t\nli.na,李娜,T02,Jieshou2026q\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Row::username).containsExactly("zhang.wei", "li.na");
    }

    // --- one bad line: nothing is imported ---

    @Test
    void unknownDepartmentCodeYieldsNoRowsAndAnErrorOnThatLine() {
        Result result = parse(HEADER
                + "zhang.wei,张伟,T01,Jieshou2025q\n"
                + "li.na,李娜,X99,Jieshou2026q\n"
                + "wang.fang,王芳,D01,Jieshou2027q\n");

        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(3, "csv.unknownDepartment", "X99"));
    }

    @Test
    void badUsernameYieldsNoRowsAndAnErrorOnThatLine() {
        Result result = parse(HEADER
                + "zhang.wei,张伟,T01,Jieshou2025q\n"
                + "li.na,李娜,T02,Jieshou2026q\n"
                + "王芳,王芳,D01,Jieshou2027q\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(4, "user.badUsername", "王芳"));
    }

    @Test
    void weakPasswordYieldsNoRowsAndAnErrorOnThatLine() {
        Result result = parse(HEADER + "zhang.wei,张伟,T01,xinfangxinfang\n" + "li.na,李娜,T02,Jieshou2026q\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(2, "password.needsLetterAndDigit"));
    }

    @Test
    void aCommonFirstPasswordOrOneContainingTheUsernameIsRefusedOnItsLine() {
        Result result = parse(HEADER
                + "zhang.wei,张伟,T01,Xinfang2026\n"
                + "li.na,李娜,T02,li.na2026x\n"
                + "wang.fang,王芳,D01,Jieshou2027q\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(2, "password.common"), error(3, "password.containsUsername"));
    }

    @Test
    void shortPasswordErrorCarriesTheMinimumLength() {
        Result result = parse(HEADER + "zhang.wei,张伟,T01,abc1\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(2, "password.tooShort", PasswordPolicy.MIN_LENGTH));
    }

    @Test
    void blankDisplayNameYieldsAnErrorOnThatLine() {
        Result result = parse(HEADER + "zhang.wei,  ,T01,Jieshou2025q\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(2, "user.badDisplayName"));
    }

    @Test
    void displayNameLongerThanHundredCharactersIsRejected() {
        Result result = parse(HEADER + "zhang.wei," + "名".repeat(101) + ",T01,Jieshou2025q\n");

        assertThat(result.errors()).containsExactly(error(2, "user.badDisplayName"));
    }

    @Test
    void rowWithMissingCellsReportsEachProblemWithoutFailing() {
        Result result = parse(HEADER + "zhang.wei,张伟\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .containsExactly(
                        error(2, "csv.unknownDepartment", ""),
                        error(2, "password.tooShort", PasswordPolicy.MIN_LENGTH));
    }

    // --- several bad lines ---

    @Test
    void severalBadLinesGiveSeveralErrorsSortedByLine() {
        Result result = parse(HEADER
                + "zhang.wei,张伟,T01,Jieshou2025q\n" // 2 ok
                + "li.na,李娜,T02,short1\n" // 3 weak password
                + "wang.fang,王芳,D01,Jieshou2027q\n" // 4 ok
                + "x,赵强,D01,Jieshou2028q\n" // 5 bad username
                + "chen.jing,陈静,Z00,Jieshou2029q\n"); // 6 unknown department

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(LineError::line).containsExactly(3, 5, 6);
        assertThat(result.errors())
                .extracting(LineError::key)
                .containsExactly("password.tooShort", "user.badUsername", "csv.unknownDepartment");
    }

    @Test
    void takenUsernameErrorsAreSortedAmongOtherErrors() {
        Existing existing = new Existing("zhang.wei");
        Result result = parse(
                (HEADER
                                + "li.na,李娜,X99,Jieshou2026q\n" // 2 unknown department
                                + "zhang.wei,张伟,T01,Jieshou2025q\n" // 3 taken
                                + "wang.fang,王芳,D01,weak\n") // 4 weak password
                        .getBytes(StandardCharsets.UTF_8),
                existing);

        assertThat(result.errors()).extracting(LineError::line).containsExactly(2, 3, 4);
        assertThat(result.errors().get(1)).isEqualTo(error(3, "csv.usernameTaken", "zhang.wei"));
    }

    @Test
    void lineWithSeveralProblemsReportsEachOfThem() {
        Result result = parse(HEADER + "!,,X99,abc\n");

        assertThat(result.errors()).extracting(LineError::line).containsOnly(2);
        assertThat(result.errors())
                .extracting(LineError::key)
                .containsExactly(
                        "user.badUsername", "user.badDisplayName", "csv.unknownDepartment", "password.tooShort");
    }

    // --- usernames ---

    @Test
    void duplicateUsernameWithinFileIsReportedOnTheSecondOccurrence() {
        Result result = parse(HEADER
                + "zhang.wei,张伟,T01,Jieshou2025q\n"
                + "li.na,李娜,T02,Jieshou2026q\n"
                + "ZHANG.WEI,张伟,D01,Jieshou2027q\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(4, "csv.duplicateInFile", "zhang.wei"));
    }

    @Test
    void existingUsernameYieldsNoRowsAndAnErrorOnThatLine() {
        Existing existing = new Existing("li.na");
        Result result = parse((HEADER + THREE_OFFICERS).getBytes(StandardCharsets.UTF_8), existing);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(3, "csv.usernameTaken", "li.na"));
        assertThat(existing.calls).containsExactly(Set.of("zhang.wei", "li.na", "wang.fang"));
    }

    // --- whole-file problems ---

    @Test
    void missingColumnIsReportedOnHeaderLine() {
        Existing existing = new Existing();
        Result result = parse(
                ("username,display_name,department_code\n" + "zhang.wei,张伟,T01\n").getBytes(StandardCharsets.UTF_8),
                existing);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(1, "csv.missingColumn", "password"));
        assertThat(existing.calls).isEmpty();
    }

    @Test
    void everyMissingColumnIsReported() {
        Result result = parse("姓名,备注\n张伟,x\n");

        assertThat(result.errors())
                .containsExactly(
                        error(1, "csv.missingColumn", "username"),
                        error(1, "csv.missingColumn", "department_code"),
                        error(1, "csv.missingColumn", "password"));
    }

    @Test
    void emptyFileIsReportedAsEmpty() {
        Result result = parse(new byte[0], new Existing());

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(0, "csv.empty"));
    }

    @Test
    void nullBytesAreReportedAsEmpty() {
        assertThat(parse(null, new Existing()).errors()).containsExactly(error(0, "csv.empty"));
    }

    @Test
    void fileOfBlankLinesIsReportedAsEmpty() {
        assertThat(parse("\n\r\n\n").errors()).containsExactly(error(0, "csv.empty"));
    }

    @Test
    void headerOnlyIsReportedAsNoRows() {
        Result result = parse(HEADER);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(0, "csv.noRows"));
    }

    @Test
    void fileLargerThanMaxBytesIsReportedAsTooLarge() {
        byte[] bytes = new byte[OfficerCsv.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) '\n');
        Existing existing = new Existing();

        Result result = parse(bytes, existing);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(0, "csv.tooLarge", 2));
        assertThat(existing.calls).isEmpty();
    }

    @Test
    void fileOfExactlyMaxBytesIsAccepted() {
        byte[] content = (HEADER + "zhang.wei,张伟,T01,Jieshou2025q\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[OfficerCsv.MAX_BYTES];
        Arrays.fill(bytes, (byte) '\n');
        System.arraycopy(content, 0, bytes, 0, content.length);

        Result result = parse(bytes, new Existing());

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void fileContainingNulBytesIsReportedAsBinary() {
        byte[] bytes = (HEADER + "zhang.wei,张伟,T01,Jieshou2025q\n").getBytes(StandardCharsets.UTF_8);
        bytes[HEADER.length() + 3] = 0;

        Result result = parse(bytes, new Existing());

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(0, "csv.binary"));
    }

    @Test
    void utf16FileIsReportedAsBinary() {
        Result result = parse((HEADER + THREE_OFFICERS).getBytes(StandardCharsets.UTF_16LE), new Existing());

        assertThat(result.errors()).containsExactly(error(0, "csv.binary"));
    }

    @Test
    void moreThanMaxRowsIsRejected() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= OfficerCsv.MAX_ROWS; i++) {
            csv.append("officer").append(i).append(",干部,T01,Jieshou2025q\n");
        }
        Existing existing = new Existing();

        Result result = parse(csv.toString().getBytes(StandardCharsets.UTF_8), existing);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(error(0, "csv.tooManyRows", OfficerCsv.MAX_ROWS));
        assertThat(existing.calls).isEmpty();
    }

    @Test
    void exactlyMaxRowsAreAccepted() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < OfficerCsv.MAX_ROWS; i++) {
            csv.append("officer").append(i).append(",干部,T01,Jieshou2025q\n");
        }

        Result result = parse(csv.toString());

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(OfficerCsv.MAX_ROWS);
        assertThat(result.rows().get(OfficerCsv.MAX_ROWS - 1).line()).isEqualTo(OfficerCsv.MAX_ROWS + 1);
    }

    @Test
    void unterminatedQuoteIsReportedAsUnreadable() {
        Result result = parse(HEADER + "zhang.wei,\"张伟,T01,Jieshou2025q\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isZero();
            assertThat(e.key()).isEqualTo("csv.unreadable");
        });
    }
}
