package dev.cncfcontrib.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every option of a long list can be chosen: by a typed filter, or by paging, in each prompter. */
class SelectOneOfManyTest {

    private static final List<String> OPTIONS = options();

    private static List<String> options() {
        List<String> options = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            options.add("Project " + i + " (p" + i + ")");
        }
        options.add("Open Policy Agent (OPA) (open-policy-agent)");
        options.add("OpenTelemetry (opentelemetry)");
        return options;
    }

    private final StringWriter screen = new StringWriter();

    private AccessiblePrompter accessible(String input) {
        return new AccessiblePrompter(new BufferedReader(new StringReader(input)), new PrintWriter(screen, true));
    }

    @Test
    void theFilterMatchesEveryWordTypedAnywhereBeginningsFirst() {
        assertThat(OptionFilter.matching(OPTIONS, "tele")).containsExactly(26);
        assertThat(OptionFilter.matching(OPTIONS, "open pol")).containsExactly(25);
        assertThat(OptionFilter.matching(OPTIONS, "OPEN")).containsExactly(25, 26);
        assertThat(OptionFilter.matching(OPTIONS, "p2")).containsExactly(1, 19, 20, 21, 22, 23, 24);
        assertThat(OptionFilter.matching(OPTIONS, "  ")).hasSize(27);
        assertThat(OptionFilter.matching(OPTIONS, "nothing like it")).isEmpty();
    }

    @Test
    void theAccessiblePrompterTakesATypedFilterThenANumber() {
        assertThat(accessible("tele\n1\n").selectOneOfMany("Which project?", OPTIONS)).isEqualTo(26);
        assertThat(screen.toString()).contains("There are 27 choices").contains("1 match 'tele'").contains("  1. OpenTelemetry");
    }

    @Test
    void theAccessiblePrompterPagesWithEnterAndNumbersCountAcrossPages() {
        assertThat(accessible("\n\n\n27\n").selectOneOfMany("Which project?", OPTIONS)).isEqualTo(26);
        assertThat(screen.toString()).contains("showing 1 to 10 of 27").contains("showing 11 to 20 of 27")
                .contains("showing 21 to 27 of 27").contains("  27. OpenTelemetry");
    }

    @Test
    void theAccessiblePrompterNarrowsAgainAndSaysWhenNothingMatches() {
        assertThat(accessible("zzz\nopen\npol\n1\n").selectOneOfMany("Which project?", OPTIONS)).isEqualTo(25);
        assertThat(screen.toString()).contains("Nothing matches 'zzz'.").contains("2 match 'open'").contains("1 match 'pol'");
    }

    @Test
    void theEndOfInputCancels() {
        assertThatThrownBy(() -> accessible("tele\n").selectOneOfMany("Which project?", OPTIONS))
                .isInstanceOf(PromptCancelledException.class);
    }

    /** A prompter with only the basic questions: the interface's own paging and filtering. */
    private static final class MenuOnly implements Prompter {
        private final List<String> picks;
        private final List<String> typed;
        private final List<List<String>> menus = new ArrayList<>();

        MenuOnly(List<String> picks, List<String> typed) {
            this.picks = new ArrayList<>(picks);
            this.typed = new ArrayList<>(typed);
        }

        @Override
        public int selectOne(String question, List<String> options, int defaultIndex) {
            menus.add(options);
            String pick = picks.remove(0);
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).startsWith(pick)) {
                    return i;
                }
            }
            throw new AssertionError(pick + " not in " + options);
        }

        @Override
        public List<Integer> selectMany(String question, List<String> options) {
            throw new AssertionError("not asked");
        }

        @Override
        public boolean confirm(String question, boolean defaultAnswer) {
            throw new AssertionError("not asked");
        }

        @Override
        public String input(String question, String defaultValue) {
            return typed.remove(0);
        }
    }

    @Test
    void theDefaultPagesAScreenAtATimeAndFiltersWhatIsTyped() {
        MenuOnly paging = new MenuOnly(List.of("… next", "… next", "OpenTelemetry"), List.of());
        assertThat(paging.selectOneOfMany("Which project?", OPTIONS)).isEqualTo(26);
        assertThat(paging.menus.get(0)).hasSize(12).startsWith("Project 1 (p1)").contains("… next 10 of 17 more");

        MenuOnly filtering = new MenuOnly(List.of("… type part", "Open Policy"), List.of("pol"));
        assertThat(filtering.selectOneOfMany("Which project?", OPTIONS)).isEqualTo(25);
        assertThat(filtering.menus.get(1)).containsExactly("Open Policy Agent (OPA) (open-policy-agent)",
                "… type part of a name to narrow the list", "… the whole list again");
    }
}
