package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.ChatChannel;
import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.GroupKind;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.MailingList;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.dco.FixPlan;
import dev.cncfcontrib.git.TargetBranch;
import dev.cncfcontrib.live.Issue;
import dev.cncfcontrib.live.IssueFinder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds a project's onboarding checklist from the catalog: every entry requirement, in the order to meet them. */
public final class Checklists {

    /** What the Developer Certificate of Origin 1.1 makes you certify, in short; the full text is in {@code show}. */
    static final String DCO_SUMMARY = "By adding 'Signed-off-by' you certify the Developer Certificate of Origin 1.1"
            + " (https://developercertificate.org/): (a) you created the change and have the right to submit it under the"
            + " project's open-source licence (an employer that owns your code can give you that right), or (b) it is based on earlier work under a compatible open-source licence that you"
            + " may submit with your changes, or (c) someone who certified (a) or (b) gave it to you unchanged; and (d)"
            + " you understand that the contribution and your sign-off (name and email) are public and kept forever.";

    private Checklists() {
    }

    /**
     * The checklist of {@code project}.
     *
     * @param identity            the local git identity, checked for the legal step
     * @param signOffSetupCommand a command that configures sign-off automatically, or null when this build has none
     */
    public static List<Step> forProject(Project project, List<Group> groups, GitIdentity identity, String signOffSetupCommand) {
        return forProject(project, groups, identity, signOffSetupCommand, List.of());
    }

    /**
     * @param findings the doctor's findings on this machine; those about the legal requirement (identity, CLA e-mail,
     *                 sign-off hook) that are not ok join the legal step with their fixes
     */
    public static List<Step> forProject(Project project, List<Group> groups, GitIdentity identity, String signOffSetupCommand,
            List<Finding> findings) {
        return forProject(project, groups, identity, signOffSetupCommand, findings, null, List.of());
    }

    /**
     * @param target the branch pull requests go to as the clone at hand knows it, or null when there is no clone of
     *               the project: commands then use the catalog's default branch, on a remote named 'upstream'
     * @param issues open issues of the project that want help (from CLOTributor or GitHub, live or cached), listed in
     *               the first-issue step; empty when none are known
     */
    public static List<Step> forProject(Project project, List<Group> groups, GitIdentity identity, String signOffSetupCommand,
            List<Finding> findings, TargetBranch target, List<Issue> issues) {
        List<Step> steps = new ArrayList<>();
        steps.add(guide(project));
        steps.add(withFindings(legal(project, identity, signOffSetupCommand, target), findings, project));
        if (!project.chat().isEmpty()) {
            steps.add(chat(project.chat()));
        }
        if (!project.mailingLists().isEmpty()) {
            steps.add(mailingLists(project.mailingLists()));
        }
        steps.add(firstIssue(project, issues));
        Step community = community(groups);
        if (community != null) {
            steps.add(community);
        }
        return steps;
    }

    private static Step guide(Project project) {
        List<Step.Link> links = new ArrayList<>();
        List<String> text = new ArrayList<>();
        if (project.contributorGuide() != null) {
            text.add("The contributor guide says how the project works: where to discuss a change first, how pull requests are reviewed, how to build and test.");
            links.add(new Step.Link("contributor guide", project.contributorGuide()));
        } else {
            text.add("The catalog has no contributor guide for this project: look for CONTRIBUTING.md in the repository.");
        }
        if (project.repository() != null) {
            links.add(new Step.Link("repository", project.repository()));
        }
        return new Step("guide", "Read the contributor guide", text, links, List.of());
    }

    static Step legal(Project project, GitIdentity identity, String signOffSetupCommand) {
        return legal(project, identity, signOffSetupCommand, null);
    }

    static Step legal(Project project, GitIdentity identity, String signOffSetupCommand, TargetBranch target) {
        Legal legal = project.legal();
        List<String> text = new ArrayList<>();
        List<Step.Link> links = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        LegalKind kind = legal.kind();
        String title = switch (kind) {
            case DCO -> "Sign off your commits (DCO)";
            case CNCF_CLA, OTHER_CLA -> "Sign the " + legal.label();
            case DCO_AND_CLA -> "Sign off your commits and sign the " + (legal.claName() != null ? legal.claName() : "CLA");
            case NONE -> "Nothing to sign";
            case UNKNOWN -> "Find out what the project asks for (its files do not say)";
        };
        if (legal.conflicting()) {
            text.add("The project's own files disagree about what a pull request needs; do what the note below says.");
        }
        if (kind == LegalKind.UNKNOWN || kind == LegalKind.NONE) {
            text.add(kind.explanation());
        }
        if (kind.needsCla()) {
            text.add(claFlow(legal));
            if (legal.signingUrl() != null) {
                links.add(new Step.Link("signing", legal.signingUrl()));
            } else if (kind == LegalKind.CNCF_CLA) {
                links.add(new Step.Link("EasyCLA", "https://easycla.lfx.linuxfoundation.org/"));
            }
            text.add("The CLA is checked against the email of your commits: it must be the email linked to your signed CLA"
                    + " (and to your GitHub account), or the check fails even though you signed.");
            text.add(emailLine(identity));
            commands.add("git config --get user.email");
        }
        if (kind.needsSignOff() || kind == LegalKind.UNKNOWN) {
            text.add("Every commit needs a 'Signed-off-by: Your Name <email>' line matching the commit's author: 'git commit -s' adds it from your git identity.");
            text.add(identityLine(identity));
            text.add(DCO_SUMMARY);
            links.add(new Step.Link("DCO 1.1", "https://developercertificate.org/"));
            commands.add("git commit -s -m \"Describe the change\"");
            commands.add("git commit --amend -s --no-edit");
            if (target != null) {
                commands.add("git rebase --signoff " + target.label());
                text.add("'git rebase --signoff " + target.label() + "' signs off every commit of your branch (" + target.label()
                        + " is " + target.why() + ", in this clone).");
            } else if (project.defaultBranch() != null) {
                commands.add("git rebase --signoff upstream/" + project.defaultBranch());
                text.add("'git rebase --signoff upstream/" + project.defaultBranch() + "' signs off every commit of your branch"
                        + " (with the project's repository as the remote 'upstream'; " + project.defaultBranch()
                        + " is its default branch).");
            } else {
                text.add("'git rebase --signoff' onto the project's default branch signs off every commit of your branch.");
            }
            commands.add(FixPlan.FORCE_PUSH);
            text.add("If you had pushed the branch already, '" + FixPlan.FORCE_PUSH + "' replaces it after such a rewrite"
                    + " (and refuses if someone else pushed to it since).");
            if (signOffSetupCommand != null) {
                text.add("'" + signOffSetupCommand + "' can set up your clone so that every commit is signed off.");
                commands.add(signOffSetupCommand);
            }
        }
        if (legal.signedCommits()) {
            text.add("This project also requires cryptographically signed commits: set up a GPG or SSH signing key and commit with 'git commit -S'.");
        }
        if (legal.note() != null && !legal.note().isBlank()) {
            text.add(legal.note());
        }
        if (!identity.complete() && kind != LegalKind.NONE) {
            if (identity.name() == null && identity.problem() == null) {
                commands.add(0, "git config --global user.name \"Your Name\"");
            }
            if (identity.email() == null && identity.problem() == null) {
                commands.add(Math.min(1, commands.size()), "git config --global user.email you@example.com");
            }
        }
        return new Step("legal", title, text, links, commands);
    }

    private static final Set<String> LEGAL_CHECKS = Set.of("user.name", "user.email", "cla", "sign-off", "legal");

    private static Step withFindings(Step legal, List<Finding> findings, Project project) {
        List<String> text = new ArrayList<>(legal.text());
        List<String> commands = new ArrayList<>(legal.commands());
        boolean checked = false;
        for (Finding finding : findings) {
            if (!LEGAL_CHECKS.contains(finding.check())) {
                continue;
            }
            checked = true;
            if (finding.check().equals("legal")) {
                // what the clone's own files say is news even when it agrees with the catalog
                text.add("In this clone (" + finding.level().id() + "): " + finding.message());
                if (finding.fix() != null && !commands.contains(finding.fix())) {
                    commands.add(finding.fix());
                }
            } else if (finding.level() != Finding.Level.OK) {
                text.add("Checked on this machine (" + finding.level().id() + "): " + finding.message());
                if (finding.fix() != null && !commands.contains(finding.fix())) {
                    commands.add(finding.fix());
                }
            }
        }
        if (!checked) {
            return legal;
        }
        commands.add("cncf-contrib doctor --project " + project.id());
        return new Step(legal.id(), legal.title(), text, legal.links(), commands);
    }

    private static String claFlow(Legal legal) {
        if (legal.kind() == LegalKind.CNCF_CLA) {
            return "The CNCF CLA is signed through the Linux Foundation's EasyCLA. Open your first pull request:"
                    + " the EasyCLA bot comments with a link. Sign as an individual (ICLA), or, if you contribute for your"
                    + " employer, ask its CLA manager to add you to the company's corporate CLA (CCLA) in EasyCLA.";
        }
        String name = legal.claName() != null ? "the " + legal.claName() : "the project's own CLA";
        return "The project asks you to sign " + name
                + (legal.bot() != null ? ", checked on your pull request by " + legal.bot() : "")
                + ": sign it before or with your first pull request, as an individual or through your employer's"
                + " corporate agreement, with the email address your commits use.";
    }

    private static String identityLine(GitIdentity identity) {
        if (identity.problem() != null) {
            return "Could not check your git identity: " + identity.problem() + ".";
        }
        if (identity.complete()) {
            return "Your git identity is set; your sign-off line will read: " + identity.signOffLine();
        }
        return "git does not know who you are yet (" + missing(identity) + " not set): set it before your first commit.";
    }

    private static String emailLine(GitIdentity identity) {
        if (identity.problem() != null) {
            return "Could not check your git email: " + identity.problem() + ".";
        }
        if (identity.email() != null) {
            return "Your commits currently use " + identity.email() + ": sign the CLA with this address, or change it.";
        }
        return "git has no user.email yet: set the address you will sign the CLA with.";
    }

    private static String missing(GitIdentity identity) {
        if (identity.name() == null && identity.email() == null) {
            return "user.name and user.email";
        }
        return identity.name() == null ? "user.name" : "user.email";
    }

    private static Step chat(List<ChatChannel> channels) {
        List<String> text = new ArrayList<>();
        List<Step.Link> links = new ArrayList<>();
        text.add("Say hello and ask questions where the maintainers talk.");
        for (ChatChannel channel : channels) {
            StringBuilder line = new StringBuilder(channel.platform().label());
            if (channel.workspace() != null) {
                line.append(", ").append(channel.workspace());
            }
            if (channel.channelName() != null) {
                line.append(", channel ").append(channel.channelName());
            } else if (channel.channel() != null) {
                line.append(", through the channel link");
            }
            if (channel.note() != null) {
                line.append(": ").append(channel.note());
            }
            text.add(line.toString());
            if (channel.url() != null) {
                links.add(new Step.Link(channel.platform().label() + (channel.workspace() != null ? " invite" : ""), channel.url()));
            }
        }
        return new Step("chat", "Join the chat", text, links, List.of());
    }

    private static Step mailingLists(List<MailingList> lists) {
        List<String> text = new ArrayList<>();
        List<Step.Link> links = new ArrayList<>();
        text.add("Design discussions and announcements happen on the project's lists and forums.");
        for (MailingList list : lists) {
            text.add(list.kind() + " " + list.name() + (list.address() != null ? " <" + list.address() + ">" : "")
                    + (list.note() != null ? ": " + list.note() : ""));
            if (list.url() != null) {
                links.add(new Step.Link(list.name(), list.url()));
            }
        }
        return new Step("mailing-list", "Subscribe to the mailing list or forum", text, links, List.of());
    }

    /** How many open issues the first-issue step lists. */
    public static final int ISSUES_LISTED = 5;

    private static Step firstIssue(Project project, List<Issue> issues) {
        List<String> text = new ArrayList<>();
        List<Step.Link> links = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        text.add("Pick an open issue labelled for newcomers, and comment on it before you start, so nobody works on it twice.");
        if (!issues.isEmpty()) {
            text.add("Open issues that want help now:");
            for (Issue issue : issues.subList(0, Math.min(ISSUES_LISTED, issues.size()))) {
                links.add(new Step.Link(issueLabel(issue), issue.url()));
            }
        }
        links.add(new Step.Link("CLOTributor", clotributorUrl(project)));
        commands.add("cncf-contrib issues " + project.id());
        List<String> organisations = IssueFinder.organisations(project);
        if (!organisations.isEmpty()) {
            // the whole organisation: a project's repository in the catalog may be its community or docs repository
            StringBuilder gh = new StringBuilder("gh search issues");
            StringBuilder query = new StringBuilder("is:issue is:open label:\"good first issue\" no:assignee");
            for (String organisation : organisations) {
                gh.append(" --owner ").append(organisation);
                query.append(" org:").append(organisation);
            }
            commands.add(gh.append(" --label \"good first issue\" --state open --no-assignee").toString());
            links.add(new Step.Link("good first issues", "https://github.com/search?type=issues&q="
                    + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8)));
        }
        return new Step("first-issue", "Find a first issue", text, links, commands);
    }

    /** "#123 Title (owner/repo)": an issue in one line. */
    public static String issueLabel(Issue issue) {
        return "#" + issue.number() + " " + issue.title() + " (" + issue.repository() + ")";
    }

    /** CLOTributor lists good first issues of CNCF projects, searchable by the project's CLOMonitor name. */
    public static String clotributorUrl(Project project) {
        String name = project.clomonitorName() != null ? project.clomonitorName() : project.id();
        return "https://clotributor.dev/search?project=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static Step community(List<Group> groups) {
        List<String> text = new ArrayList<>();
        List<Step.Link> links = new ArrayList<>();
        for (Group group : groups) {
            if (group.active() && (group.kind() == GroupKind.MENTORING || group.kind() == GroupKind.COMMUNITY)) {
                text.add(group.name() + (group.howToJoin() != null ? ": " + group.howToJoin() : ""));
                if (group.url() != null) {
                    links.add(new Step.Link(group.name(), group.url()));
                }
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        text.add(0, "Mentoring programmes pay or pair newcomers with maintainers; meetups are where you meet them in person.");
        return new Step("community", "Look at mentoring programmes and meetups", text, links, List.of());
    }
}
