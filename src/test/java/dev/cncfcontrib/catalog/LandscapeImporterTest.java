package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer on a small file in the landscape's own format, written for these tests. */
class LandscapeImporterTest {

    private static final String LANDSCAPE_URL =
            "https://github.com/cncf/landscape/blob/0123456789abcdef0123456789abcdef01234567/landscape.yml";

    static Overlay overlay() {
        return new CatalogReader().readOverlay(
                new ByteArrayInputStream(Fixtures.text("overlay-small.json").getBytes(StandardCharsets.UTF_8)), "overlay-small.json");
    }

    static LandscapeImporter.Result importSmall() {
        List<LandscapeReader.Item> items = new LandscapeReader().read(
                new ByteArrayInputStream(Fixtures.text("landscape-small.yml").getBytes(StandardCharsets.UTF_8)), "landscape-small.yml");
        return new LandscapeImporter(overlay()).importItems(items, null, null);
    }

    private static Project project(String id) {
        return importSmall().catalog().projectById(id).orElseThrow(() -> new AssertionError("no project " + id));
    }

    @Test
    void keepsOnlyItemsWithAProjectKey() {
        Catalog catalog = importSmall().catalog();

        assertThat(catalog.projects()).extracting(Project::id).containsExactly("foo-bar", "foo-bar-2", "gone", "kept");
        assertThat(catalog.projects()).extracting(Project::maturity)
                .containsExactly(Maturity.GRADUATED, Maturity.SANDBOX, Maturity.ARCHIVED, Maturity.INCUBATING);
    }

    @Test
    void anItemWithoutTheItemKeyIsStillRead() {
        Project second = project("foo-bar-2");

        assertThat(second.name()).isEqualTo("foo-bar");
        assertThat(second.repository()).isEqualTo("https://github.com/other/foo-bar");
    }

    @Test
    void keepsTheLandscapeFields() {
        Project foo = project("foo-bar");

        assertThat(foo.category()).isEqualTo("Observability and Analysis / Observability");
        assertThat(foo.focus()).isEqualTo("Observability");
        assertThat(foo.description()).isEqualTo("The first Foo Bar.");
        assertThat(foo.homepage()).isEqualTo("https://foobar.example.org/");
        assertThat(foo.additionalRepositories()).containsExactly("https://github.com/foo/bar-operator", "https://github.com/foo/bar-website");
        assertThat(foo.dates()).isEqualTo(new Dates("2018-05-06", "2019-07-08", "2021-09-10", null));
    }

    @Test
    void mapsChatAndListsToTheCatalogShapes() {
        Project foo = project("foo-bar");
        assertThat(foo.chat()).containsExactly(new ChatChannel(ChatPlatform.SLACK, "CNCF Slack", "#foobar", "https://cloud-native.slack.com/", null));
        assertThat(foo.mailingLists()).containsExactly(new MailingList("mailing-list", "foobar-dev", "foobar-dev@googlegroups.com",
                "https://groups.google.com/forum/#!forum/foobar-dev", null));

        Project other = project("foo-bar-2");
        assertThat(other.chat()).containsExactly(new ChatChannel(ChatPlatform.SLACK, "Kubernetes Slack", "#foo-bar",
                "https://kubernetes.slack.com/messages/foo-bar", null));
        assertThat(other.mailingLists()).extracting(MailingList::kind).containsExactly("discussions");

        Project gone = project("gone");
        assertThat(gone.mailingLists()).extracting(MailingList::address).containsExactly("cncf-gone-dev@lists.cncf.io");
    }

    @Test
    void gitterRoomsSayThatGitterMovedToMatrix() {
        LandscapeImporter.Result result = new LandscapeImporter(emptyOverlay()).importItems(new LandscapeReader().read(
                new ByteArrayInputStream(Fixtures.text("landscape-small.yml").getBytes(StandardCharsets.UTF_8)), "x"), null, null);
        Project kept = result.catalog().projectById("kept-project").orElseThrow();

        assertThat(kept.chat()).singleElement().satisfies(channel -> {
            assertThat(channel.platform()).isEqualTo(ChatPlatform.GITTER);
            assertThat(channel.note()).contains("Matrix");
        });
    }

    @Test
    void anUnquotedYamlDateIsReadAsADate() {
        assertThat(project("foo-bar-2").dates().accepted()).isEqualTo("2023-11-12");
    }

    @Test
    void aProjectWithoutDescriptionOrRepositoryStillGetsAnEntry() {
        Project gone = project("gone");

        assertThat(gone.repository()).isNull();
        assertThat(gone.description()).contains("archived").contains("Observability and Analysis / Observability")
                .contains("no description");
        assertThat(gone.successor()).isNull();
    }

    @Test
    void unverifiedLegalRequirementsSaySo() {
        Project foo = project("foo-bar");

        // nobody read the project's files: the requirement is unknown, never the charter's DCO default as its rule
        assertThat(foo.legal()).isEqualTo(Legal.unverified(null));
        assertThat(foo.legal().kind()).isEqualTo(LegalKind.UNKNOWN);
        assertThat(foo.legal().basis()).isEqualTo(LegalBasis.UNVERIFIED);
        assertThat(foo.sources().get("legal")).extracting(Source::url)
                .containsExactly("https://github.com/cncf/foundation/blob/7596c6693e1691fb24dfc571e4ac0c651a3467e8/charter.md");
    }

    @Test
    void importedFactsCiteTheLandscapeLinesOfTheirItem() {
        assertThat(project("foo-bar").sources().get("maturity")).containsExactly(new Source(LANDSCAPE_URL + "#L35-L55", "2026-08-07", "CNCF landscape item"));
        assertThat(project("foo-bar-2").sources().get("name")).extracting(Source::url).containsExactly(LANDSCAPE_URL + "#L56-L64");
        assertThat(project("gone").sources().get("dates")).extracting(Source::url).containsExactly(LANDSCAPE_URL + "#L65-L73");
        assertThat(project("foo-bar").asOf()).isEqualTo("2026-08-07");
    }

    @Test
    void theOverlayWinsFieldByField() {
        Project kept = project("kept");

        // stated in the overlay
        assertThat(kept.aliases()).containsExactly("kp");
        assertThat(kept.focus()).isEqualTo("Configuration");
        assertThat(kept.repository()).isEqualTo("https://github.com/Kept/kept.git");
        assertThat(kept.legal().kind()).isEqualTo(LegalKind.CNCF_CLA);
        assertThat(kept.chat()).as("an empty list in the overlay means none, on purpose").isEmpty();
        assertThat(kept.asOf()).isEqualTo("2026-09-01");
        assertThat(kept.sources().get("legal")).extracting(Source::url)
                .containsExactly("https://github.com/kept/kept/blob/abc1234/CONTRIBUTING.md#L10");
        // not stated: imported, with the overlay's sources for it added as supporting ones
        assertThat(kept.maturity()).isEqualTo(Maturity.INCUBATING);
        assertThat(kept.description()).isEqualTo("A project the overlay knows better than the landscape.");
        assertThat(kept.sources().get("maturity")).extracting(Source::url)
                .containsExactly(LANDSCAPE_URL + "#L13-L25", "https://kept.example.org/history");
    }

    @Test
    void overlayEntriesWithoutALandscapeProjectAreReported() {
        LandscapeImporter.Result result = importSmall();

        assertThat(result.warnings()).singleElement().asString().contains("vanished");
        assertThat(result.catalog().projectById("vanished")).isEmpty();
    }

    @Test
    void slugsAvoidTheKeysOfCuratedEntries() {
        assertThat(LandscapeImporter.slug("Open Policy Agent (OPA)")).isEqualTo("open-policy-agent-opa");
        assertThat(LandscapeImporter.slug("  ")).isEqualTo("project");
        assertThat(LandscapeImporter.slug("Ünïcode/Name")).isEqualTo("n-code-name");
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        byte[] first = CatalogWriter.bytes(importSmall().catalog());
        byte[] second = CatalogWriter.bytes(importSmall().catalog());

        assertThat(second).isEqualTo(first);
        // and what it writes reads back as a catalog
        Catalog read = new CatalogReader().read(new ByteArrayInputStream(first), "imported");
        assertThat(read.projects()).hasSize(4);
        assertThat(read.generatedFrom()).contains(LANDSCAPE_URL);
    }

    static Overlay emptyOverlay() {
        String json = """
                {"schemaVersion": 1, "asOf": "2026-08-07",
                 "landscape": {"url": "%s", "date": "2026-08-07"},
                 "projects": [], "groups": []}
                """.formatted(LANDSCAPE_URL);
        return new CatalogReader().readOverlay(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "empty overlay");
    }
}
