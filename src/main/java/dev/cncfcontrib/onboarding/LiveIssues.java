package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.Issue;
import dev.cncfcontrib.live.Welcome;
import java.util.List;
import java.util.function.Consumer;

/** What the wizard learns from CLOTributor and GitHub, live or cached; it goes on without them. */
public interface LiveIssues {

    /**
     * The open good first and mentored issues of every CNCF project, or null when neither the network nor the cache
     * has them; {@code note} hears why, or how old a cached answer is.
     */
    Welcome welcome(Consumer<String> note);

    /** Open issues of one project for its first-issue step, newest first; empty when none are known. */
    List<Issue> issuesOf(Project project);
}
