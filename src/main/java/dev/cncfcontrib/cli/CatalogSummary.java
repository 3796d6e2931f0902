package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of a catalog in words, shared by the catalog commands. */
final class CatalogSummary {

    private CatalogSummary() {
    }

    static Map<Maturity, Integer> byMaturity(Catalog catalog) {
        Map<Maturity, Integer> counts = new EnumMap<>(Maturity.class);
        for (Maturity maturity : Maturity.values()) {
            counts.put(maturity, 0);
        }
        for (Project project : catalog.projects()) {
            counts.merge(project.maturity(), 1, Integer::sum);
        }
        return counts;
    }

    static Map<LegalKind, Integer> byLegalKind(Catalog catalog) {
        Map<LegalKind, Integer> counts = new EnumMap<>(LegalKind.class);
        for (Project project : catalog.projects()) {
            counts.merge(project.legal().kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** "255 projects (38 graduated, 38 incubating, 151 sandbox, 28 archived) and 24 groups" */
    static String counts(Catalog catalog) {
        List<String> parts = new ArrayList<>();
        byMaturity(catalog).forEach((maturity, count) -> parts.add(count + " " + maturity.id()));
        return catalog.projects().size() + " projects (" + String.join(", ", parts) + ") and "
                + catalog.groups().size() + " groups";
    }
}
