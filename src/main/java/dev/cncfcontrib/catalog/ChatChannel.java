package dev.cncfcontrib.catalog;

import java.util.regex.Pattern;

/** A place to talk: platform, workspace or network, channel, and the URL that lets a newcomer in. */
public record ChatChannel(ChatPlatform platform, String workspace, String channel, String url, String note) {

    /** Slack's channel ids (C08KGCXB458) say nothing to a person. */
    private static final Pattern SLACK_ID = Pattern.compile("#?[CG][A-Z0-9]{8,}");

    /** The channel's name as a person knows it, or null when the catalog has only an id or nothing. */
    public String channelName() {
        return channel == null || channel.isBlank() || SLACK_ID.matcher(channel).matches() ? null : channel;
    }
}
