package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids as the schema defines them, enforced by the reader every command uses (issue 16, finding 11): a catalog
 * with an id the schema forbids, or with one id twice, is a data error, in {@code catalog validate} and
 * wherever the catalog is read.
 */
class CatalogIdsTest {

    @TempDir
    Path home;

    private Path catalogWithNatsAs(String id) {
        return Fixtures.write(home, "catalog.json", Fixtures.text("catalog-small.json").replace("\"id\": \"nats\"", "\"id\": " + id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"../../etc/passwd\"", "\"--help\"", "\"nats\\u001b[2J\"", "\"NATS\"", "\"nats--io\"", "\"\"", "\"nats \""})
    void anIdTheSchemaForbidsIsADataError(String id) {
        Path catalog = catalogWithNatsAs(id);

        Result list = new CliRun(home).run("list", "--catalog", catalog.toString());
        Result validate = new CliRun(home).run("catalog", "validate", catalog.toString());

        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(list.err()).hasLineCount(1).contains("projects[2]").doesNotContain("\u001b");
        assertThat(validate.exitCode()).as(validate.toString()).isNotZero();
        assertThat(validate.out() + validate.err()).contains("projects").doesNotContain("\u001b");
    }

    @Test
    void oneIdTwiceIsADataError() {
        Path catalog = catalogWithNatsAs("\"kubernetes\"");

        Result validate = new CliRun(home).run("catalog", "validate", catalog.toString());
        Result list = new CliRun(home).run("list", "--catalog", catalog.toString());

        assertThat(validate.exitCode()).as(validate.toString()).isNotZero();
        assertThat(validate.out() + validate.err()).contains("the id 'kubernetes' is already the id of projects[0]");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(list.err()).hasLineCount(1).contains("already the id of projects[0]");
    }
}
