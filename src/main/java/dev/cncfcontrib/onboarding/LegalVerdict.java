package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalBasis;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Project;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a contributor to a clone must do, from the catalog's fact and the clone's own files together. A difference
 * between them is named as something to report to whoever maintains the catalog, never settled quietly.
 *
 * @param kind          a {@link LegalKind} id: what to do
 * @param why           how the catalog and the clone led to it, in a sentence or three
 * @param contradiction the clone's files state something the catalog does not record
 */
public record LegalVerdict(String kind, String why, boolean contradiction) {

    /** Where a contradiction goes: no tracker is known for every catalog, but {@code catalog info} names its maker. */
    public static final String REPORT = "report it to whoever maintains your catalog (cncf-contrib catalog info)";

    /** Combines the catalog's fact about {@code project} (null when the clone's project is not known) and the clone. */
    public static LegalVerdict of(Project project, CloneLegal clone) {
        boolean stated = !clone.kind().equals(CloneLegal.NOT_STATED);
        String evidence = stated ? " (" + firstEvidence(clone) + ")" : "";
        String cloneSays = "this clone's files ask for " + describe(clone.kind()) + evidence;
        if (project == null) {
            return stated
                    ? new LegalVerdict(clone.kind(), cloneSays + "; the catalog has no project for this clone (pass --project P"
                            + " if it has one).", false)
                    : new LegalVerdict(LegalKind.UNKNOWN.id(), "neither this clone's files nor the catalog (no project for this"
                            + " clone) state a requirement. " + unknownAdvice(), false);
        }
        Legal legal = project.legal();
        LegalKind catalog = legal.kind();
        String conflicting = legal.conflicting() && legal.note() != null
                ? " The catalog also notes that " + project.name() + "'s own files disagree: " + legal.note() : "";
        if (!legal.basis().read() || catalog == LegalKind.UNKNOWN && legal.basis() != LegalBasis.NOT_STATED) {
            return stated
                    ? new LegalVerdict(clone.kind(), cloneSays + "; the catalog has not established " + project.name()
                            + "'s requirement (" + legal.basis().description() + "). Worth telling the catalog: " + REPORT + ".",
                            false)
                    : new LegalVerdict(LegalKind.UNKNOWN.id(), "this clone's files state no requirement and the catalog has not"
                            + " established one (" + legal.basis().description() + "). " + unknownAdvice(), false);
        }
        String catalogSays = (catalog == LegalKind.UNKNOWN ? "the catalog found no requirement"
                : "the catalog says " + describe(legal)) + ", read in " + project.name() + "'s own files" + source(project);
        if (catalog == LegalKind.UNKNOWN || catalog == LegalKind.NONE) {
            return stated
                    ? new LegalVerdict(clone.kind(), cloneSays + ", but " + catalogSays + ". Follow the files; this contradicts"
                            + " the catalog: " + REPORT + "." + conflicting, true)
                    : new LegalVerdict(catalog.id(), "this clone's files state no requirement, and " + catalogSays + ". "
                            + (catalog == LegalKind.UNKNOWN ? unknownAdvice() : "") + conflicting, false);
        }
        if (!stated) {
            return new LegalVerdict(catalog.id(), catalogSays + "; this clone's files do not state it (the rule may live in "
                    + "another repository of the project, such as its community repository)." + conflicting, false);
        }
        LegalKind fromClone = LegalKind.valueOf(clone.kind().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        boolean extraSignOff = fromClone.needsSignOff() && !catalog.needsSignOff();
        boolean extraCla = fromClone.needsCla() && !catalog.needsCla();
        boolean otherCla = fromClone.needsCla() && catalog.needsCla() && claKind(fromClone, clone) != claKind(catalog, null)
                && claKind(catalog, null) != null;
        if (!extraSignOff && !extraCla && !otherCla) {
            String agree = fromClone == catalog ? "this clone's files agree" + evidence
                    : "this clone's files state part of it" + evidence;
            return new LegalVerdict(catalog.id(), catalogSays + "; " + agree + "." + conflicting, false);
        }
        boolean signOff = fromClone.needsSignOff() || catalog.needsSignOff();
        LegalKind cla = fromClone.needsCla() ? claKind(fromClone, clone) : claKind(catalog, null);
        LegalKind both = signOff && cla != null ? LegalKind.DCO_AND_CLA : signOff ? LegalKind.DCO : cla;
        String claName = cla == LegalKind.CNCF_CLA ? "the CNCF CLA" : fromClone.needsCla() ? "the CLA its files name"
                : legal.claName() != null ? "the " + legal.claName() : "the CLA";
        return new LegalVerdict(both.id(), cloneSays + ", but " + catalogSays + ". Until it is settled, do what both ask"
                + (both == LegalKind.DCO_AND_CLA ? ": sign off your commits and sign " + claName : "")
                + ". This contradicts the catalog: " + REPORT + "." + conflicting, true);
    }

    /** Which CLA a kind means: the CNCF's, another, or (for a clone saying both) the one its lines name. */
    private static LegalKind claKind(LegalKind kind, CloneLegal clone) {
        if (kind == LegalKind.CNCF_CLA || kind == LegalKind.OTHER_CLA) {
            return kind;
        }
        if (kind == LegalKind.DCO_AND_CLA && clone != null) {
            boolean cncf = clone.evidence().stream().anyMatch(e -> e.signals().contains(CloneLegal.Signal.CNCF_CLA));
            return cncf ? LegalKind.CNCF_CLA : LegalKind.OTHER_CLA;
        }
        return null; // dco-and-cla in the catalog: which CLA is in its name, not comparable here
    }

    private static String firstEvidence(CloneLegal clone) {
        Optional<CloneLegal.Evidence> first = clone.evidence().stream()
                .filter(e -> e.signals().stream().anyMatch(s -> s != CloneLegal.Signal.NO_DCO && s != CloneLegal.Signal.NO_CLA))
                .findFirst();
        return first.map(e -> e.path() + ":" + e.line()).orElse("");
    }

    private static String source(Project project) {
        dev.cncfcontrib.catalog.Source source = LegalAdvice.source(project);
        return source == null || source.url() == null ? "" : " (" + source.url() + ")";
    }

    private static String unknownAdvice() {
        return "Sign off your commits anyway (git commit -s costs nothing), and watch the checks of your first pull"
                + " request: a 'DCO' check asks for sign-offs, an EasyCLA or CLA bot comment for an agreement.";
    }

    /** The catalog's requirement in words, naming its CLA: "the Google CLA", "a DCO sign-off and the CDF CLA". */
    private static String describe(Legal legal) {
        String cla = legal.claName() != null ? "the " + legal.claName() : null;
        return switch (legal.kind()) {
            case OTHER_CLA -> cla != null ? cla : describe(legal.kind().id());
            case DCO_AND_CLA -> "a DCO sign-off and " + (cla != null ? cla : "a CLA");
            default -> describe(legal.kind().id());
        };
    }

    /** "a DCO sign-off", "the CNCF CLA", "a DCO sign-off and a CLA", "nothing", "nothing stated". */
    static String describe(String kind) {
        return switch (Arrays.stream(LegalKind.values()).filter(k -> k.id().equals(kind)).findFirst().orElse(LegalKind.UNKNOWN)) {
            case DCO -> "a DCO sign-off";
            case CNCF_CLA -> "the CNCF CLA";
            case OTHER_CLA -> "a CLA";
            case DCO_AND_CLA -> "a DCO sign-off and a CLA";
            case NONE -> "neither a sign-off nor a CLA";
            case UNKNOWN -> "no stated requirement";
        };
    }
}
