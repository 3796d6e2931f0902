package dev.cncfcontrib.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the wizard remembers: each project's checklist with the state of every step, and the current one. */
public final class Progress {

    /** One step as saved: its title at the time, its state and when that was decided. */
    public record SavedStep(String id, String title, StepStatus status, Instant at) {
    }

    /** An issue or a pull request the person works on, with when it was recorded; {@code title} may be null. */
    public record Recorded(String url, String title, Instant at) {

        /** The later of two records, either of which may be null. */
        static Recorded later(Recorded a, Recorded b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return b.at().isAfter(a.at()) ? b : a;
        }
    }

    /**
     * One project's checklist. Steps keep the checklist's order.
     *
     * @param issue       the issue chosen to work on, or null
     * @param pullRequest the pull request opened for it, or null
     */
    public record ProjectProgress(String projectId, String projectName, Instant started, Instant updated, List<SavedStep> steps,
                                  Recorded issue, Recorded pullRequest) {

        public ProjectProgress {
            steps = List.copyOf(steps);
        }

        public ProjectProgress(String projectId, String projectName, Instant started, Instant updated, List<SavedStep> steps) {
            this(projectId, projectName, started, updated, steps, null, null);
        }

        ProjectProgress with(Recorded newIssue, Recorded newPullRequest, Instant now) {
            return new ProjectProgress(projectId, projectName, started, now, steps, newIssue, newPullRequest);
        }

        public StepStatus statusOf(String stepId) {
            for (SavedStep step : steps) {
                if (step.id().equals(stepId)) {
                    return step.status();
                }
            }
            return StepStatus.PENDING;
        }

        public long count(StepStatus status) {
            return steps.stream().filter(step -> step.status() == status).count();
        }
    }

    private String current;
    private final Map<String, ProjectProgress> projects = new LinkedHashMap<>();

    /** The project the wizard worked on last, or null. */
    public String current() {
        return current;
    }

    public void current(String projectId) {
        this.current = projectId;
    }

    public ProjectProgress project(String projectId) {
        return projects.get(projectId);
    }

    public List<ProjectProgress> projects() {
        return new ArrayList<>(projects.values());
    }

    public void put(ProjectProgress project) {
        projects.put(project.projectId(), project);
    }

    /**
     * The checklist of a project brought up to date with {@code steps}: known steps keep their state, new steps
     * are pending, steps the catalog no longer has are dropped.
     */
    public ProjectProgress merge(String projectId, String projectName, List<Step> steps, Instant now) {
        ProjectProgress saved = projects.get(projectId);
        List<SavedStep> merged = new ArrayList<>();
        for (Step step : steps) {
            SavedStep old = null;
            if (saved != null) {
                for (SavedStep candidate : saved.steps()) {
                    if (candidate.id().equals(step.id())) {
                        old = candidate;
                    }
                }
            }
            merged.add(old != null ? new SavedStep(step.id(), step.title(), old.status(), old.at()) : new SavedStep(step.id(), step.title(), StepStatus.PENDING, null));
        }
        ProjectProgress updated = new ProjectProgress(projectId, projectName, saved != null ? saved.started() : now, now, merged,
                saved != null ? saved.issue() : null, saved != null ? saved.pullRequest() : null);
        projects.put(projectId, updated);
        return updated;
    }

    /** Records the state of one step. */
    public ProjectProgress mark(String projectId, String stepId, StepStatus status, Instant now) {
        ProjectProgress saved = projects.get(projectId);
        List<SavedStep> steps = new ArrayList<>();
        for (SavedStep step : saved.steps()) {
            steps.add(step.id().equals(stepId) ? new SavedStep(step.id(), step.title(), status, now) : step);
        }
        ProjectProgress updated = new ProjectProgress(projectId, saved.projectName(), saved.started(), now, steps, saved.issue(),
                saved.pullRequest());
        projects.put(projectId, updated);
        return updated;
    }

    /** Records the issue the person chose for a project already in the progress. */
    public ProjectProgress recordIssue(String projectId, Recorded issue) {
        ProjectProgress saved = projects.get(projectId);
        ProjectProgress updated = saved.with(issue, saved.pullRequest(), issue.at());
        projects.put(projectId, updated);
        return updated;
    }

    /** Records the pull request the person opened for a project already in the progress. */
    public ProjectProgress recordPullRequest(String projectId, Recorded pullRequest) {
        ProjectProgress saved = projects.get(projectId);
        ProjectProgress updated = saved.with(saved.issue(), pullRequest, pullRequest.at());
        projects.put(projectId, updated);
        return updated;
    }
}
