package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.CachedGet;
import dev.cncfcontrib.live.Issue;
import dev.cncfcontrib.live.IssueFinder;
import dev.cncfcontrib.live.IssueQuery;
import dev.cncfcontrib.live.LiveException;
import dev.cncfcontrib.live.Provenance;
import dev.cncfcontrib.live.Welcome;
import dev.cncfcontrib.onboarding.Checklists;
import dev.cncfcontrib.onboarding.LiveIssues;
import dev.cncfcontrib.text.TerminalText;
import java.util.List;
import java.util.function.Consumer;

/** The wizard's view of CLOTributor and GitHub: failures become a sentence, never an end to the wizard. */
final class WizardIssues implements LiveIssues {

    private final LiveServices live;
    private final CachedGet.Mode mode;

    WizardIssues(LiveServices live, CachedGet.Mode mode) {
        this.live = live;
        this.mode = mode;
    }

    /**
     * Starts asking CLOTributor for the open issues now, on another thread, so that they are there when the person
     * has answered the questions ({@link dev.cncfcontrib.live.CachedGet} asks each question once).
     */
    void askAhead() {
        if (mode != CachedGet.Mode.OFFLINE) {
            live.inBackground(() -> live.finder().welcome(mode));
        }
    }

    @Override
    public Welcome welcome(Consumer<String> note) {
        try {
            Welcome welcome = live.finder().welcome(mode);
            Provenance provenance = welcome.provenance();
            if (provenance.stale()) {
                note.accept("Open issues as CLOTributor listed them " + live.age(provenance.oldestMillis()) + " ago (the cached answer: "
                        + TerminalText.line(provenance.staleBecause()) + ").");
            }
            return welcome;
        } catch (LiveException failure) {
            note.accept("Open issues are not known right now (" + TerminalText.line(failure.getMessage())
                    + "): the suggestions leave them out.");
            return null;
        }
    }

    @Override
    public List<Issue> issuesOf(Project project) {
        try {
            IssueQuery query = new IssueQuery(List.of(), List.of(), false, false, List.of(), Checklists.ISSUES_LISTED);
            return live.finder().find(List.of(project), query, IssueFinder.Source.AUTO, mode).issues();
        } catch (LiveException failure) {
            return List.of(); // the step still links CLOTributor and GitHub's search
        }
    }
}
