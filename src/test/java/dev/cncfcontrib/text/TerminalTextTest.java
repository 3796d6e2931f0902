package dev.cncfcontrib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void plainTextIsUntouched() {
        assertThat(TerminalText.line("Kubernetes — ‘k8s’ 日本語")).isEqualTo("Kubernetes — ‘k8s’ 日本語");
    }

    @Test
    void escapeSequencesBecomeVisible() {
        assertThat(TerminalText.line("a\u001b[31mred")).isEqualTo("a\\x1b[31mred");
        assertThat(TerminalText.line("\u001b]8;;https://x/\u001b\\link")).isEqualTo("\\x1b]8;;https://x/\\x1b\\link");
        assertThat(TerminalText.line("c1\u009bcsi")).isEqualTo("c1\\x9bcsi");
        assertThat(TerminalText.line("bell\u0007 del\u007f nul\u0000")).isEqualTo("bell\\x07 del\\x7f nul\\x00");
    }

    @Test
    void bidiOverridesAndSeparatorsBecomeVisible() {
        assertThat(TerminalText.line("abc\u202eexe.txt")).isEqualTo("abc\\u202eexe.txt");
        assertThat(TerminalText.line("x\u2066y\u2069z\u2028")).isEqualTo("x\\u2066y\\u2069z\\u2028");
        assertThat(TerminalText.line("lone \ud800 surrogate")).isEqualTo("lone \\ud800 surrogate");
    }

    @Test
    void lineFlattensNewlinesTabsAndCarriageReturns() {
        assertThat(TerminalText.line("a\nb\tc\r\nd")).isEqualTo("a b c  d");
        assertThat(TerminalText.line("overwrite\rX")).isEqualTo("overwrite X");
    }

    @Test
    void widthCountsWideCharactersTwiceAndMarksNotAtAll() {
        assertThat(TerminalText.width("abc")).isEqualTo(3);
        assertThat(TerminalText.width("日本")).isEqualTo(4);
        assertThat(TerminalText.width("e\u0301")).isEqualTo(1);
    }

    @Test
    void truncateEndsWithAnEllipsisWithinTheWidth() {
        assertThat(TerminalText.truncate("Kubernetes", 6)).isEqualTo("Kuber…");
        assertThat(TerminalText.truncate("Kubernetes", 10)).isEqualTo("Kubernetes");
        assertThat(TerminalText.truncate("日本語です", 5)).isEqualTo("日本…");
        assertThat(TerminalText.width(TerminalText.truncate("日本語です", 5))).isLessThanOrEqualTo(5);
    }
}
