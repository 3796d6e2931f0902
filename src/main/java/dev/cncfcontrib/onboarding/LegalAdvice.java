package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.catalog.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What a project's legal requirement means for the commits of a branch: whether missing sign-offs block a pull
 * request, the steps of its CLA, and the project's own document that says so (the catalog's legal source).
 */
public final class LegalAdvice {

    private LegalAdvice() {
    }

    /**
     * Missing sign-offs block a pull request of this project: it asks for a DCO, or it is not known which project
     * this is. A project known to ask for a CLA only, for nothing, or for something nobody has established does not
     * make a sign-off check fail.
     */
    public static boolean signOffsRequired(Project project) {
        return project == null || project.legal().kind().needsSignOff();
    }

    /** The CLA is signed through the Linux Foundation's EasyCLA, whose bot comments on the first pull request. */
    public static boolean easyCla(Legal legal) {
        if (legal.kind() == LegalKind.CNCF_CLA) {
            return true;
        }
        String names = (legal.bot() == null ? "" : legal.bot()) + " " + (legal.claName() == null ? "" : legal.claName());
        return names.toLowerCase(Locale.ROOT).contains("easycla");
    }

    /**
     * The steps of the project's CLA, in order.
     *
     * @param emails the author addresses of the commits at hand (shown so the person can check them), may be empty
     */
    public static List<String> claSteps(Project project, Collection<String> emails) {
        Legal legal = project.legal();
        String addresses = emails.isEmpty() ? "" : " (" + String.join(", ", emails) + ")";
        List<String> steps = new ArrayList<>();
        if (easyCla(legal)) {
            steps.add("Open your pull request: on your first one the EasyCLA bot (linux-foundation-easycla) comments with "
                    + "a link to sign" + (legal.signingUrl() != null ? "; how it works: " + legal.signingUrl() : "") + ".");
            steps.add("The e-mail of your commits" + addresses + " must be an address of your GitHub account "
                    + "(https://github.com/settings/emails): EasyCLA finds your signature through it.");
            steps.add("Sign as an individual, or ask your employer's CLA manager to add you to its corporate CLA; then "
                    + "comment /easycla on the pull request to run the check again.");
            return steps;
        }
        String name = legal.claName() != null ? "the " + legal.claName() : "the project's CLA";
        steps.add("Sign " + name + (legal.signingUrl() != null ? " (" + legal.signingUrl() + ")" : "")
                + " before or with your first pull request, as an individual or through your employer's corporate agreement.");
        steps.add("Sign with the e-mail your commits use" + addresses
                + (legal.bot() != null ? ": " + legal.bot() + " checks it on the pull request." : "."));
        return steps;
    }

    /** The project's own document that states its legal requirement, as the catalog read it; null when unrecorded. */
    public static Source source(Project project) {
        if (project.sources() == null) {
            return null;
        }
        List<Source> legal = project.sources().get("legal");
        return legal == null || legal.isEmpty() ? null : legal.get(0);
    }

    /** "Kubernetes's own document says so: URL ("the line read")", or null when the catalog has no source. */
    public static String citation(Project project) {
        Source source = source(project);
        if (source == null || source.url() == null) {
            return null;
        }
        return "as " + project.name() + "'s own document says: " + source.url()
                + (source.note() != null && !source.note().isBlank() ? " (\"" + source.note() + "\")" : "");
    }
}
