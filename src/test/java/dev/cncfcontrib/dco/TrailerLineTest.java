package dev.cncfcontrib.dco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written reader gives exactly what dcoapp's and dco2's pattern gives, on messages built to be awkward. */
class TrailerLineTest {

    private static final String[] PIECES = {"Signed-off-by: ", "signed-off-by: ", "SIGNED-OFF-BY:", "Signed-off-by:", "Jane",
        " ", "  ", "<", ">", " <", "> ", "@", "x.org", "\t", "\n", "\r\n", "\r", "\u2028", "é", "(work)", "Ω", "ſigned-off-by: "};

    @Test
    void agreesWithThePatternOnRandomMessages() {
        Random random = new Random(20261121);
        for (int n = 0; n < 20000; n++) {
            StringBuilder message = new StringBuilder();
            int parts = 1 + random.nextInt(14);
            for (int i = 0; i < parts; i++) {
                message.append(i == 0 && random.nextBoolean() ? "Signed-off-by: " : PIECES[random.nextInt(PIECES.length)]);
            }
            String text = message.toString();
            assertThat(byHand(text)).as("%s", text.replace("\n", "\\n").replace("\r", "\\r")).isEqualTo(byPattern(text));
        }
    }

    @Test
    void readsTheUsualShapes() {
        assertThat(byHand("x\n\nSigned-off-by: Jane Doe <jane@x.org>\n")).containsExactly("Jane Doe|jane@x.org");
        assertThat(byHand("Signed-off-by:  <a@b>")).containsExactly("|a@b");
        assertThat(byHand("Signed-off-by: <a@b>")).isEmpty();
        assertThat(byHand("Signed-off-by: A <b> <c@d>  \t")).containsExactly("A <b>|c@d");
    }

    private static List<String> byPattern(String message) {
        List<String> found = new ArrayList<>();
        Matcher matcher = DcoMode.DCOAPP.rules().trailer().matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1) + "|" + matcher.group(2));
        }
        return found;
    }

    private static List<String> byHand(String message) {
        List<String> found = new ArrayList<>();
        int start = 0;
        while (start <= message.length()) {
            int end = start;
            while (end < message.length() && "\n\r\u0085\u2028\u2029".indexOf(message.charAt(end)) < 0) {
                end++;
            }
            SignOff signOff = TrailerLine.parse(message, start, end);
            if (signOff != null) {
                found.add(signOff.name() + "|" + signOff.email());
            }
            if (end >= message.length()) {
                break;
            }
            start = message.charAt(end) == '\r' && end + 1 < message.length() && message.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return found;
    }
}
