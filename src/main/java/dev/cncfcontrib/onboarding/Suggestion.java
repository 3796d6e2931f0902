package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Project;
import java.util.List;

/** A project the wizard proposes, with the reasons it fits, best first. */
public record Suggestion(Project project, int score, List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
