package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog shipped in the jar: valid, complete for the seed guide, current, and sourced field by field. */
class BundledCatalogTest {

    /** The 25 projects of the 2018 contribution guide, by the id this catalog gives them. */
    static final List<String> SEED_PROJECTS = List.of("kubernetes", "prometheus", "cni", "containerd", "coredns",
            "envoy", "fluentd", "grpc", "helm", "jaeger", "linkerd", "nats", "notary-project", "opentracing", "rkt",
            "tuf", "vitess", "cloudevents", "harbor", "open-policy-agent", "rook", "spiffe", "spire", "telepresence",
            "openmetrics");

    /** The community side of the seed documents. */
    static final List<String> SEED_GROUPS = List.of("toc", "toc-contributors", "tag-app-delivery", "wg-platforms",
            "tcg-platform-engineering", "wg-gitops", "ambassadors", "meetups", "gsoc", "lfx-mentorship", "openssf",
            "cloud-native-norway");

    static Catalog catalog;
    static String json;

    @BeforeAll
    static void load() throws Exception {
        catalog = new CatalogLoader().bundled();
        try (InputStream in = BundledCatalogTest.class.getResourceAsStream("/data/catalog.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void validatesAgainstItsSchema() throws Exception {
        Schema schema;
        try (InputStream in = BundledCatalogTest.class.getResourceAsStream("/data/catalog.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).as("schema errors").isEmpty();
    }

    @Test
    void theSchemaCatchesAnInvalidCatalog() throws Exception {
        Schema schema;
        try (InputStream in = BundledCatalogTest.class.getResourceAsStream("/data/catalog.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
        String broken = json.replaceFirst("\"maturity\": \"graduated\"", "\"maturity\": \"graduating\"");
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void holdsEverySeedProjectAndGroup() {
        assertThat(catalog.projects()).extracting(Project::id).containsAll(SEED_PROJECTS);
        assertThat(catalog.groups()).extracting(Group::id).containsAll(SEED_GROUPS);
        assertThat(catalog.projectById("opengitops")).as("the GitOps WG merged into it").isPresent();
    }

    @Test
    void maturityIsTodaysNotTheSeeds() {
        Map<Maturity, Set<String>> byMaturity = catalog.projects().stream()
                .filter(p -> SEED_PROJECTS.contains(p.id()))
                .collect(Collectors.groupingBy(Project::maturity, Collectors.mapping(Project::id, Collectors.toSet())));
        assertThat(byMaturity.get(Maturity.INCUBATING)).containsExactlyInAnyOrder("cni", "grpc", "nats", "notary-project");
        assertThat(byMaturity.get(Maturity.ARCHIVED)).containsExactlyInAnyOrder("opentracing", "rkt", "openmetrics");
        assertThat(byMaturity.get(Maturity.SANDBOX)).containsExactly("telepresence");
        assertThat(byMaturity.get(Maturity.GRADUATED)).hasSize(17);
    }

    @Test
    void archivedProjectsNameTheirSuccessor() {
        assertThat(catalog.projectById("opentracing").orElseThrow().successor().name()).isEqualTo("OpenTelemetry");
        assertThat(catalog.projectById("openmetrics").orElseThrow().successor().id()).isEqualTo("prometheus");
        assertThat(catalog.projectById("rkt").orElseThrow().successor().id()).isEqualTo("containerd");
    }

    @Test
    void noStaleChannelsFromTheSeedGuide() {
        for (String id : SEED_PROJECTS) {
            Project seed = catalog.projectById(id).orElseThrow();
            List<String> links = new ArrayList<>();
            seed.chat().forEach(chat -> links.add(String.valueOf(chat.url()).toLowerCase(Locale.ROOT)));
            seed.mailingLists().forEach(list -> links.add(String.valueOf(list.url()).toLowerCase(Locale.ROOT)));
            assertThat(links).as("%s: freenode is gone, Gitter rooms moved, the kubernetes-dev Google Group was retired", id)
                    .noneMatch(link -> link.startsWith("https://freenode.net") || link.startsWith("https://gitter.im")
                            || link.startsWith("https://groups.google.com/forum/#!forum/kubernetes-dev")
                            || link.contains("containernetworking.slack.com"));
        }
        Project prometheus = catalog.projectById("prometheus").orElseThrow();
        assertThat(prometheus.chat()).anySatisfy(c -> assertThat(c.workspace()).contains("libera"));
        Project kubernetes = catalog.projectById("kubernetes").orElseThrow();
        assertThat(kubernetes.mailingLists()).anySatisfy(m -> assertThat(m.address()).isEqualTo("dev@kubernetes.io"));
        assertThat(kubernetes.legal().kind()).isEqualTo(LegalKind.CNCF_CLA);
    }

    @Test
    void holdsEveryCncfProjectOfTheLandscapeSnapshot() {
        // cncf/landscape @153d699 (2026-08-07): 38 graduated, 38 incubating, 151 sandbox, 28 archived
        Map<Maturity, Long> counts = catalog.projects().stream()
                .collect(Collectors.groupingBy(Project::maturity, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Maturity.GRADUATED, 38L, Maturity.INCUBATING, 38L,
                Maturity.SANDBOX, 151L, Maturity.ARCHIVED, 28L));
        assertThat(catalog.projects()).extracting(Project::id).doesNotHaveDuplicates();
    }

    @Test
    void everyGraduatedAndIncubatingProjectHasItsRuleAGuideAndAChatFromItsOwnFiles() {
        Map<Maturity, Coverage> coverage = Coverage.of(catalog.projects());
        for (Maturity maturity : List.of(Maturity.GRADUATED, Maturity.INCUBATING)) {
            Coverage c = coverage.get(maturity);
            assertThat(c.legalRead()).as("%s: legal requirement read in the project's files", maturity).isEqualTo(c.projects());
            assertThat(c.guide()).as("%s: contributor guide", maturity).isEqualTo(c.projects());
            assertThat(c.chatKnown()).as("%s: a chat, or the project's word that it has none", maturity).isEqualTo(c.projects());
        }
        Coverage sandbox = coverage.get(Maturity.SANDBOX);
        assertThat(sandbox.legalRead() * 100).as("sandbox: legal read for at least 95%%").isGreaterThanOrEqualTo(95 * sandbox.projects());
    }

    @Test
    void noProjectShowsTheCharterDefaultAsItsRule() {
        for (Project p : catalog.projects()) {
            Legal legal = p.legal();
            if (legal.kind() != LegalKind.UNKNOWN) {
                assertThat(legal.basis()).as("%s: a stated requirement comes from the project's files", p.id())
                        .isIn(LegalBasis.PROJECT_DOCS, LegalBasis.HISTORICAL);
                assertThat(p.sources().get("legal")).as(p.id())
                        .noneMatch(source -> source.url().contains("/cncf/foundation/") && source.url().endsWith("/charter.md"));
            }
            if (legal.basis() == LegalBasis.PROJECT_DOCS) {
                assertThat(p.sources().get("legal")).as("%s: the files the rule was read in", p.id())
                        .anyMatch(source -> source.url().startsWith("https://github.com/") && !source.url().contains("/cncf/foundation/"));
            }
        }
    }

    @Test
    void theProjectsThatAskForTheCncfClaSayCncfCla() {
        for (String id : List.of("istio", "knative", "opentelemetry", "cloud-custodian", "openfga", "kubernetes", "grpc")) {
            assertThat(catalog.projectById(id).orElseThrow().legal().kind()).as(id).isEqualTo(LegalKind.CNCF_CLA);
        }
        assertThat(new ProjectFilter(Set.of(), null, LegalFilter.CLA, null, null).apply(catalog.projects()))
                .extracting(Project::id)
                .contains("istio", "knative", "opentelemetry", "cloud-custodian", "openfga", "kubernetes", "grpc")
                .doesNotContain("prometheus", "argo");
    }

    @Test
    void filesThatDisagreeAreKeptWithANote() {
        for (String id : List.of("kubeedge", "kaito", "tekton")) {
            Legal legal = catalog.projectById(id).orElseThrow().legal();
            assertThat(legal.conflicting()).as(id).isTrue();
            assertThat(legal.note()).as(id).isNotBlank();
        }
        assertThat(catalog.projectById("kubeedge").orElseThrow().legal().kind()).isEqualTo(LegalKind.DCO_AND_CLA);
    }

    @Test
    void namesPeopleTypeResolve() {
        assertThat(catalog.resolveProject("otel").id()).isEqualTo("opentelemetry");
        assertThat(catalog.resolveProject("argo-cd").id()).isEqualTo("argo");
        assertThat(catalog.resolveProject("argocd").id()).isEqualTo("argo");
        assertThat(catalog.resolveProject("flux2").id()).isEqualTo("flux");
        assertThat(catalog.resolveProject("cert manager").id()).isEqualTo("cert-manager");
    }

    @Test
    void maintainerNotesStayOutOfTheNewcomersNotes() {
        for (Project p : catalog.projects()) {
            for (String note : p.notes()) {
                assertThat(note.toLowerCase(Locale.ROOT)).as("%s: a note for maintainers in the card", p.id())
                        .doesNotContain("unverified for today").doesNotContain("was not read at a recent commit")
                        .doesNotContain("stored copy").doesNotContainPattern("\\b[0-9a-f]{40}\\b");
            }
        }
    }

    @Test
    void everyStatedFieldCarriesASource() {
        for (Project p : catalog.projects()) {
            assertThat(p.sources().keySet()).as(p.id()).contains("name", "maturity", "focus", "description", "legal");
            assertSourced(p, "repository", p.repository() != null);
            assertSourced(p, "licenses", !p.licenses().isEmpty());
            assertSourced(p, "aliases", !p.aliases().isEmpty());
            assertSourced(p, "category", p.category() != null);
            assertSourced(p, "homepage", p.homepage() != null);
            assertSourced(p, "additionalRepositories", !p.additionalRepositories().isEmpty());
            assertSourced(p, "contributorGuide", p.contributorGuide() != null);
            assertSourced(p, "chat", !p.chat().isEmpty());
            assertSourced(p, "mailingLists", !p.mailingLists().isEmpty());
            assertSourced(p, "dates", !p.dates().isEmpty());
            assertSourced(p, "successor", p.successor() != null);
        }
        for (Group g : catalog.groups()) {
            assertThat(g.sources().keySet()).as(g.id()).contains("name", "description", "url");
            assertSourced(g, "chat", !g.chat().isEmpty());
            assertSourced(g, "mailingLists", !g.mailingLists().isEmpty());
            assertSourced(g, "successor", g.successor() != null);
        }
    }

    /** doctor and check recognise a clone's project by its remote, which is an https or ssh address. */
    @Test
    void repositoriesAreHttpsAsClonesHaveThem() {
        for (Project p : catalog.projects()) {
            if (p.repository() != null) {
                assertThat(p.repository()).as(p.id()).startsWith("https://");
            }
        }
    }

    /** Links a newcomer follows are in the form the services give today: https invites, Google Groups' /g/ URLs. */
    @Test
    void chatAndListLinksAreCurrent() {
        for (Project p : catalog.projects()) {
            for (ChatChannel c : p.chat()) {
                if (c.url() != null) {
                    assertThat(c.url()).as(p.id()).doesNotStartWith("http://slack.");
                }
            }
            for (MailingList m : p.mailingLists()) {
                if (m.url() != null) {
                    assertThat(m.url()).as(p.id()).doesNotContain("groups.google.com/forum/");
                }
            }
        }
    }

    /** What a newcomer reads is written for them: no notes meant for whoever keeps the catalog. */
    @Test
    void newcomerNotesCarryNoMaintainerWording() {
        Pattern wording = Pattern.compile("UNVERIFIED|catalog-facts|seed document|source of truth|was not verified");
        for (Entry entry : Stream.concat(catalog.projects().stream(), catalog.groups().stream()).toList()) {
            for (String note : entry.notes()) {
                assertThat(wording.matcher(note).find()).as("%s: %s", entry.id(), note).isFalse();
            }
        }
    }

    /** An issue or pull request is not a file: {@code blob/COMMIT/issues/N} is a 404 on GitHub. */
    @Test
    void issuesAndPullRequestsAreLinkedWhereGitHubServesThem() {
        Matcher m = Pattern
                .compile("https://github\\.com/[^/\"]+/[^/\"]+/blob/[^/\"]+/(issues|pull|discussions)/[^\"]*")
                .matcher(json);
        List<String> broken = new ArrayList<>();
        while (m.find()) {
            broken.add(m.group());
        }
        assertThat(broken).isEmpty();
    }

    private static void assertSourced(Entry entry, String field, boolean present) {
        if (present) {
            assertThat(entry.sources()).as("%s.%s has a source", entry.id(), field).containsKey(field);
        }
    }

    @Test
    void everyNameAResolvesToOneEntry() {
        Map<String, String> owner = new HashMap<>();
        for (Project p : catalog.projects()) {
            for (String key : NameIndex.keysOf(p)) {
                assertThat(owner.put(key, p.id())).as("'%s' is claimed by two entries", key).isNull();
            }
        }
        for (Project p : catalog.projects()) {
            assertThat(catalog.resolveProject(p.id())).isEqualTo(p);
            assertThat(catalog.resolveProject(p.name().toUpperCase(Locale.ROOT))).isEqualTo(p);
            for (String alias : p.aliases()) {
                assertThat(catalog.resolveProject(alias)).isEqualTo(p);
            }
        }
        assertThat(catalog.resolveProject("K8S").id()).isEqualTo("kubernetes");
        assertThat(catalog.resolveProject("open policy agent").id()).isEqualTo("open-policy-agent");
        assertThat(catalog.resolveProject("tuf").id()).isEqualTo("tuf");
        assertThat(catalog.resolveProject("cni").id()).isEqualTo("cni");
    }

    @Test
    void successorsInsideTheCatalogResolve() {
        for (Project p : catalog.projects()) {
            if (p.successor() != null && p.successor().id() != null && !p.successor().id().equals("opentelemetry")) {
                assertThat(catalog.projectById(p.successor().id())).as(p.id() + " successor").isPresent();
            }
        }
        for (Group g : catalog.groups()) {
            if (g.successor() != null && g.successor().id() != null) {
                boolean found = catalog.projectById(g.successor().id()).isPresent()
                        || catalog.groups().stream().anyMatch(other -> other.id().equals(g.successor().id()));
                assertThat(found).as(g.id() + " successor " + g.successor().id()).isTrue();
            }
        }
    }

    @Test
    void writingTheCatalogBackGivesTheSameFile() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        try (var generator = dev.cncfcontrib.text.JsonOutput.generator(out)) {
            new CatalogWriter(generator).catalog(catalog);
        }
        JsonNode written = new ObjectMapper().readTree(out.toString());
        JsonNode original = new ObjectMapper().readTree(json);
        assertThat(written).isEqualTo(original);
    }
}
