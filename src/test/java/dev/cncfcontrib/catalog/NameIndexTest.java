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
}
