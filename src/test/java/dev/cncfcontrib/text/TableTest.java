package dev.cncfcontrib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsColumnsTwoSpacesApart() {
        String table = new Table("ID", "NAME").row("a", "Alpha").row("beta", "B").render(0, Style.PLAIN);

        assertThat(table).isEqualTo("ID    NAME\na     Alpha\nbeta  B\n");
    }

    @Test
    void shrinksOnlyMarkedColumnsWidestFirst() {
        Table table = new Table("ID", "~NAME", "~NOTE")
                .row("kubernetes", "A rather long project name", "short")
                .row("nats", "NATS", "a note that is quite long too");

        List<String> lines = table.render(40, Style.PLAIN).lines().toList();

        assertThat(lines).allSatisfy(line -> assertThat(TerminalText.width(line)).isLessThanOrEqualTo(40));
        assertThat(lines.get(1)).startsWith("kubernetes  ");
        assertThat(lines.get(1)).contains("…");
    }

    @Test
    void cellsAreSanitised() {
        String table = new Table("X").row("\u001b[2Jboom").render(0, Style.PLAIN);

        assertThat(table).doesNotContain("\u001b").contains("\\x1b[2Jboom");
    }

    @Test
    void styledHeaderKeepsAlignment() {
        String table = new Table("A", "B").row("xx", "y").render(0, new Style(true));

        assertThat(table.lines().toList().get(0)).isEqualTo("\u001b[1mA\u001b[0m   \u001b[1mB\u001b[0m");
    }
}
