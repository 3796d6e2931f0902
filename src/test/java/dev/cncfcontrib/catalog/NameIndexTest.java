package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cncfcontrib.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogReader().read(new ByteArrayInputStream(Fixtures.text("catalog-small.json")
                .getBytes(StandardCharsets.UTF_8)), "fixture");
    }

    @Test
    void parenthesisedAbbreviationAndTheNameWithoutItBothResolve() {
        assertThat(catalog.resolveProject("OPA").id()).isEqualTo("open-policy-agent");
        assertThat(catalog.resolveProject("open policy agent").id()).isEqualTo("open-policy-agent");
        assertThat(catalog.resolveProject("Open Policy Agent (OPA)").id()).isEqualTo("open-policy-agent");
    }

    @Test
    void unknownNameSuggestsByTypoAndByPrefix() {
        assertThatThrownBy(() -> catalog.resolveProject("nast"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.suggestions()).containsExactly("nats"));
        assertThatThrownBy(() -> catalog.resolveProject("open pol"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.suggestions()).containsExactly("open-policy-agent"));
        assertThatThrownBy(() -> catalog.resolveProject("qqqqqqq"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.suggestions()).isEmpty());
    }

    @Test
    void groupsResolveSeparately() {
        assertThat(catalog.resolveGroup("TAG INFRASTRUCTURE").id()).isEqualTo("tag-infrastructure");
        assertThatThrownBy(() -> catalog.resolveGroup("kubernetes")).isInstanceOf(NotFoundException.class)
                .hasMessage("no group named 'kubernetes'");
    }

    /** Issue 16, finding 11: with proj-0 to proj-9999, "proj-9999x" suggested proj-9, proj-99 and proj-999 only. */
    @Test
    void theClosestAndLongestMatchIsSuggestedFirst() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"asOf\": \"2026-01-01\", \"projects\": [");
        for (int i = 0; i < 10_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"proj-").append(i).append("\", \"name\": \"Project ").append(i)
                    .append("\", \"maturity\": \"sandbox\", \"focus\": \"F\", \"description\": \"D\",")
                    .append(" \"legal\": {\"kind\": \"dco\", \"basis\": \"project-docs\"}, \"asOf\": \"2026-01-01\", \"sources\": {}}");
        }
        Catalog generated = new CatalogReader().read(new ByteArrayInputStream(json.append("]}").toString()
                .getBytes(StandardCharsets.UTF_8)), "generated");

        assertThatThrownBy(() -> generated.resolveProject("proj-9999x"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.suggestions()).first().isEqualTo("proj-9999"));
        assertThatThrownBy(() -> generated.resolveProject("proj-12345"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.suggestions()).first().isEqualTo("proj-1234"));
        assertThatThrownBy(() -> generated.resolveProject("x".repeat(100_000)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.suggestions()).isEmpty());
    }
}
