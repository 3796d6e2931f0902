package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectFilterTest {

    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogReader().read(new ByteArrayInputStream(Fixtures.text("catalog-small.json")
                .getBytes(StandardCharsets.UTF_8)), "fixture");
    }

    private static Set<String> ids(ProjectFilter filter) {
        return Set.copyOf(filter.apply(catalog.projects()).stream().map(Project::id).toList());
    }

    @Test
    void archivedProjectsAreHiddenByDefault() {
        assertThat(ids(ProjectFilter.ALL_CURRENT)).containsExactlyInAnyOrder("kubernetes", "open-policy-agent", "nats");
    }

    @Test
    void conditionsCombine() {
        assertThat(ids(new ProjectFilter(Set.of(Maturity.GRADUATED), null, LegalFilter.DCO, ChatPlatform.SLACK, null)))
                .containsExactly("open-policy-agent");
        assertThat(ids(new ProjectFilter(Set.of(Maturity.GRADUATED, Maturity.ARCHIVED), "runtime", null, null, null)))
                .containsExactly("rkt");
        assertThat(ids(new ProjectFilter(Set.of(), null, null, null, "  NATS "))).containsExactly("nats");
    }
}
