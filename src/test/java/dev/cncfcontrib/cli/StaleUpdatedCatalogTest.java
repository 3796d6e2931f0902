package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog installed by {@code catalog update} before an upgrade carries the verified facts of the older version.
 * It must not hide the facts this version corrected (a project's CLA where the older one said DCO).
 */
class StaleUpdatedCatalogTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
    }

    /** Installs the small fixture catalog, saying it was imported with curated facts as of {@code factsDate}. */
    private void installImportedWith(String generatedFrom) {
        String json = Fixtures.text("catalog-small.json")
                .replace("\"Test fixture: four projects and two groups.\"", "\"" + generatedFrom + "\"");
        Path file = Fixtures.write(home, "older.json", json);
        Result update = cli.run("catalog", "update", "--force", "--from", file.toString());
        assertThat(update.exitCode()).as(update.toString()).isZero();
    }

    private static String importedWithFactsOf(String date) {
        return "Imported by 'cncf-contrib catalog import' from the CNCF landscape https://example.org/landscape.yml"
                + " (2026-01-01); hand-verified facts from the curated overlay (as of " + date + ") win field by field.";
    }

    @Test
    void anUpdateWithOlderFactsGivesWayToTheBundledCatalogAndSaysSo() {
        installImportedWith(importedWithFactsOf("2020-01-01"));

        Result show = cli.run("show", "istio");

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("CNCF CLA");
        assertThat(show.err()).hasLineCount(1)
                .contains("note: the catalog installed by 'catalog update'")
                .contains("as of 2020-01-01")
                .contains("run 'cncf-contrib catalog update'");
        Result info = cli.run("catalog", "info");
        assertThat(info.out()).contains("bundled with cncf-contrib").contains("Note").contains("as of 2020-01-01");
        assertThat(cli.run("catalog", "info", "-o", "json").out()).contains("\"kind\": \"bundled\"").contains("\"note\"");
    }

    @Test
    void anUpdateWithTheSameFactsIsUsedAsItIs() {
        String bundledFacts = cli.run("catalog", "info", "-o", "json").out()
                .replaceAll("(?s).*curated overlay \\(as of (\\d{4}-\\d{2}-\\d{2})\\).*", "$1");
        installImportedWith(importedWithFactsOf(bundledFacts));

        Result list = cli.run("list", "-o", "csv");

        assertThat(list.out()).contains("open-policy-agent").doesNotContain("istio");
        assertThat(list.err()).isEmpty();
        assertThat(cli.run("catalog", "info").out()).contains("updated: ").doesNotContain("Note");
    }

    @Test
    void aCatalogThatDoesNotSayWhichFactsItCarriesIsTakenAsItIs() {
        installImportedWith("A catalog kept by hand for our meetup.");

        Result list = cli.run("list", "-o", "csv");

        assertThat(list.out()).contains("open-policy-agent").doesNotContain("istio");
        assertThat(list.err()).isEmpty();
    }
}
