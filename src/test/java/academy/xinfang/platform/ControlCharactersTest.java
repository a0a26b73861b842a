package academy.xinfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void nulAndOtherControlCharactersAreFoundWhereTheyAre() {
        assertThat(ControlCharacters.indexIn("ab\u0000c")).isEqualTo(2);
        assertThat(ControlCharacters.indexIn("\u0007")).isZero();
        assertThat(ControlCharacters.indexIn("esc\u001b[31m")).isEqualTo(3);
        assertThat(ControlCharacters.indexIn("del\u007f")).isEqualTo(3);
        assertThat(ControlCharacters.indexIn("\u001f")).isZero();
        assertThat(ControlCharacters.in("a\u0000")).isTrue();
    }

    @Test
    void typedAndPastedWhiteSpaceIsNotAControlCharacter() {
        assertThat(ControlCharacters.indexIn("第一行\r\n第二行\t制表\u000B竖表\f分页 全角　空格"))
                .isEqualTo(-1);
        assertThat(ControlCharacters.indexIn("")).isEqualTo(-1);
        assertThat(ControlCharacters.in("第一行\r\n第二行\t制表\u000B竖表\f分页")).isFalse();
    }
}
