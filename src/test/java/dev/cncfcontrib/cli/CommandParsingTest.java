package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cncfcontrib.App;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.catalog.LegalFilter;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.text.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Flag parsing apart from behaviour, the way gh tests its commands. */
class CommandParsingTest {

    private final Context context = new Context(
            new Io(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false, 0, Style.PLAIN),
            Map.of(), new CatalogLoader());

    private ParseResult parsed(String... args) {
        CommandLine root = App.commandLine(context, args);
        return root.parseArgs(args).subcommand();
    }

    @Test
    void listOptionsReachTheCommand() {
        ParseResult list = parsed("list", "-m", "Incubating,sandbox", "--legal", "CNCF_CLA", "-o", "JSON");

        assertThat(list.commandSpec().userObject()).isInstanceOf(ListCommand.class);
        assertThat(list.<java.util.List<Maturity>>matchedOptionValue("--maturity", null))
                .containsExactly(Maturity.INCUBATING, Maturity.SANDBOX);
        assertThat(list.<LegalFilter>matchedOptionValue("--legal", null)).isEqualTo(LegalFilter.CNCF_CLA);
        assertThat(list.<Values.ListFormat>matchedOptionValue("--output", null)).isEqualTo(Values.ListFormat.JSON);
    }

    @Test
    void rootOptionsAreInheritedBySubcommandsAndReachTheContext() {
        parsed("show", "k8s", "--catalog", "elsewhere.json", "--verbose", "--no-input");

        assertThat(context.verbose()).isTrue();
        assertThat(context.noInput()).isTrue();
        assertThatThrownBy(context::catalog).as("the catalog named by --catalog is the one read")
                .hasMessageStartingWith("elsewhere.json: no such file");
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertThat(App.commandLine(context, "--catalog", "x.json", "show", "k8s").getSubcommands()).containsOnlyKeys("show");
        assertThat(App.commandLine(context, "--catalog", "list", "show", "k8s").getSubcommands())
                .as("'list' here is the value of --catalog").containsOnlyKeys("show");
        assertThat(App.commandLine(context, "--help").getSubcommands()).containsKeys("list", "show", "groups");
        assertThat(App.commandLine(context, "lsit").getSubcommands()).containsKeys("list", "show", "groups");
        assertThat(App.commandLine(context).getSubcommands()).containsKeys("list", "show", "groups");
        assertThat(App.commandLine(context, "--version").getSubcommands()).isEmpty();
    }

    @Test
    void everyRegisteredCommandHasHelpAndExitCodes() {
        CommandLine root = App.commandLine(context);
        for (CommandLine command : root.getSubcommands().values()) {
            String help = command.getUsageMessage();
            assertThat(help).as(command.getCommandName()).contains("--help", "Exit codes:", "130");
        }
    }
}
