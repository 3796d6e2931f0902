package dev.cncfcontrib.dco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hand-written reader gives exactly what each app's pattern gives in its engine, on messages built to be awkward. */
class TrailerLineTest {

    private static final String[] PIECES = {"Signed-off-by: ", "signed-off-by: ", "SIGNED-OFF-BY:", "Signed-off-by:", "Jane",
        " ", "  ", "<", ">", " <", "> ", "@", "x.org", "\t", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\u00A0",
        "\u3000", "\uFEFF", "\u000B", "é", "(work)", "Ω", "ſigned-off-by: "};

    @ParameterizedTest
    @EnumSource(TrailerLine.class)
    void agreesWithThePatternOnRandomMessages(TrailerLine reader) {
        Random random = new Random(20261121);
        for (int n = 0; n < 20000; n++) {
            StringBuilder message = new StringBuilder();
            int parts = 1 + random.nextInt(14);
            for (int i = 0; i < parts; i++) {
                message.append(i == 0 && random.nextBoolean() ? "Signed-off-by: " : PIECES[random.nextInt(PIECES.length)]);
            }
            String text = message.toString();
            assertThat(TrailerPatterns.byHand(reader, text)).as("%s", escape(text))
                    .isEqualTo(TrailerPatterns.byPattern(reader, text));
        }
    }

    @Test
    void readsTheUsualShapes() {
        for (TrailerLine reader : TrailerLine.values()) {
            assertThat(TrailerPatterns.byHand(reader, "x\n\nSigned-off-by: Jane Doe <jane@x.org>\n")).containsExactly("Jane Doe|jane@x.org");
            assertThat(TrailerPatterns.byHand(reader, "Signed-off-by:  <a@b>")).containsExactly("|a@b");
            assertThat(TrailerPatterns.byHand(reader, "Signed-off-by: <a@b>")).isEmpty();
            assertThat(TrailerPatterns.byHand(reader, "Signed-off-by: A <b> <c@d>  \t")).containsExactly("A <b>|c@d");
        }
    }

    @Test
    void theEnginesDisagreeWhereTheAppsDo() {
        String nbsp = "Signed-off-by: Jane <j@x.org>\u00A0";
        assertThat(TrailerPatterns.byHand(TrailerLine.JAVASCRIPT, nbsp)).hasSize(1);
        assertThat(TrailerPatterns.byHand(TrailerLine.RUST, nbsp)).hasSize(1);
        String bom = "Signed-off-by: Jane <j@x.org>\uFEFF";
        assertThat(TrailerPatterns.byHand(TrailerLine.JAVASCRIPT, bom)).hasSize(1);
        assertThat(TrailerPatterns.byHand(TrailerLine.RUST, bom)).isEmpty();
        String nextLine = "Fix\u0085Signed-off-by: Jane <j@x.org>";
        assertThat(TrailerPatterns.byHand(TrailerLine.JAVASCRIPT, nextLine)).isEmpty();
        assertThat(TrailerPatterns.byHand(TrailerLine.RUST, nextLine)).isEmpty();
        String carriageReturn = "Fix\rSigned-off-by: Jane <j@x.org>";
        assertThat(TrailerPatterns.byHand(TrailerLine.JAVASCRIPT, carriageReturn)).hasSize(1);
        assertThat(TrailerPatterns.byHand(TrailerLine.RUST, carriageReturn)).isEmpty();
        String longS = "ſigned-off-by: Jane <j@x.org>";
        assertThat(TrailerPatterns.byHand(TrailerLine.JAVASCRIPT, longS)).isEmpty();
        assertThat(TrailerPatterns.byHand(TrailerLine.RUST, longS)).hasSize(1);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
