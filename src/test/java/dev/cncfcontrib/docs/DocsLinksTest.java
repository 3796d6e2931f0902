package dev.cncfcontrib.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README and the manual lead somewhere: every relative link names a file that exists and every anchor a
 * heading that has it, as GitHub renders them. A renamed heading or a moved file fails here, not for a reader.
 */
class DocsLinksTest {

    /** What a reader of the repository is pointed to: the README, the manual, the benchmarks' README. */
    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("bench/README.md")));
        try (Stream<Path> manual = Files.list(Path.of("docs"))) {
            manual.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheManualResolves() throws IOException {
        List<MarkdownLinks.Problem> problems = new ArrayList<>();
        int links = 0;
        for (Path document : documents()) {
            problems.addAll(MarkdownLinks.check(document));
            links += MarkdownLinks.links(Files.readString(document)).size();
        }
        assertThat(problems).as("broken links").isEmpty();
        // the manual is reached from the README through links: none found means the parser, not the docs, broke
        assertThat(links).isGreaterThan(20);
    }

    @Test
    void theReadmeLinksToEveryPageOfTheManual() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> linked = MarkdownLinks.links(readme).stream().map(MarkdownLinks.Link::target).toList();
        for (Path page : documents()) {
            if (page.startsWith("docs")) {
                assertThat(linked).as("README links to " + page)
                        .anyMatch(target -> target.equals(page.toString()) || target.startsWith(page + "#"));
            }
        }
    }

    @Test
    void theReadmeStaysShort() throws IOException {
        // the manual holds the detail; the README says what this is, how to install it and where to read on
        assertThat(Files.readAllLines(Path.of("README.md")).size()).as("lines of README.md").isLessThanOrEqualTo(250);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Exit codes | exit-codes",
        "`check dco`: predict the DCO bot's verdict before you push | check-dco-predict-the-dco-bots-verdict-before-you-push",
        "Open issues and pull-request checks: `issues`, `check pr` | open-issues-and-pull-request-checks-issues-check-pr",
        "status, plan, open | status-plan-open",
        "Start-up time | start-up-time",
        "A [linked](https://example.org) heading | a-linked-heading",
        "Landscape import: `bench/import.sh` | landscape-import-benchimportsh",
        "Éléments — café_au_lait | éléments--café_au_lait",
    })
    void headingsGetGitHubsAnchors(String heading, String anchor) {
        assertThat(MarkdownLinks.slug(heading)).isEqualTo(anchor);
    }

    @Test
    void aMissingFileOrAnchorIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other page\n\n## Exit codes\n");
        Path page = write(dir, "page.md", """
                # Page

                See [the codes](other.md#exit-codes) and [the top](#page).
                A [gone page](missing.md) and a [wrong anchor](other.md#exit-code).
                [Same page, wrong](#nowhere)
                """);

        assertThat(MarkdownLinks.check(page)).extracting(MarkdownLinks.Problem::line, MarkdownLinks.Problem::target)
                .containsExactly(
                        tuple(4, "missing.md"),
                        tuple(4, "other.md#exit-code"),
                        tuple(5, "#nowhere"));
    }

    @Test
    void codeAndExternalLinksAreNotChecked(@TempDir Path dir) throws IOException {
        Path page = write(dir, "page.md", """
                # Page

                ```markdown
                [in a fence](missing.md)
                ```

                `[in a code span](missing.md)` and [the web](https://example.org/missing.md#nothing),
                [mail](mailto:someone@example.org).
                """);

        assertThat(MarkdownLinks.check(page)).isEmpty();
        assertThat(MarkdownLinks.links(Files.readString(page))).extracting(MarkdownLinks.Link::target)
                .containsExactly("https://example.org/missing.md#nothing", "mailto:someone@example.org");
    }

    @Test
    void repeatedHeadingsAreNumberedAsGitHubDoes(@TempDir Path dir) throws IOException {
        Path page = write(dir, "page.md", """
                ## Example
                ## Example
                [second](#example-1) [third](#example-2) [ref]

                [ref]: sub/file.txt
                """);

        assertThat(MarkdownLinks.anchors(Files.readString(page))).containsExactly("example", "example-1");
        assertThat(MarkdownLinks.check(page)).extracting(MarkdownLinks.Problem::target)
                .containsExactly("#example-2", "sub/file.txt");
    }

    @Test
    void linksToFilesAndFoldersOutsideTheManualResolveFromTheLinkingFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("src/main"));
        Files.writeString(dir.resolve("src/main/App.java"), "class App {}\n");
        Files.createDirectories(dir.resolve("docs"));
        Path page = write(dir, "docs/dev.md", "[App](../src/main/App.java#L1) [main](../src/main/) [here](dev.md)\n");

        assertThat(MarkdownLinks.check(page)).isEmpty();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
