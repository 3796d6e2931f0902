package dev.cncfcontrib.onboarding;

import java.util.List;

/**
 * One thing to do before a first contribution: what and why, the exact links, and commands to copy.
 *
 * @param id       stable key in the progress file: guide, legal, chat, mailing-list, first-issue, community
 * @param text     explanation, one paragraph per element
 * @param links    labelled web links
 * @param commands shell commands to copy, exactly as they should be typed
 */
public record Step(String id, String title, List<String> text, List<Link> links, List<String> commands) {

    /** A labelled web link. */
    public record Link(String label, String url) {
    }

    public Step {
        text = List.copyOf(text);
        links = List.copyOf(links);
        commands = List.copyOf(commands);
    }
}
