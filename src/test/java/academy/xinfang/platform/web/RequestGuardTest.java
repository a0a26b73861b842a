package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestGuardTest {
    @Test
    void nulAndOtherControlCharactersAreFoundWhereTheyAre() {
        assertThat(RequestGuard.control("ab\u0000c")).isEqualTo(2);
        assertThat(RequestGuard.control("\u0007")).isZero();
        assertThat(RequestGuard.control("esc\u001b[31m")).isEqualTo(3);
        assertThat(RequestGuard.control("del\u007f")).isEqualTo(3);
        assertThat(RequestGuard.control("\u001f")).isZero();
    }

    @Test
    void typedAndPastedWhiteSpaceIsNotAControlCharacter() {
        assertThat(RequestGuard.control("第一行\r\n第二行\t制表\u000B竖表\f分页 全角　空格")).isEqualTo(-1);
        assertThat(RequestGuard.control("")).isEqualTo(-1);
    }
}
