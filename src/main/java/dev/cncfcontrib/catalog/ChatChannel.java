package dev.cncfcontrib.catalog;

/** A place to talk: platform, workspace or network, channel, and the URL that lets a newcomer in. */
public record ChatChannel(ChatPlatform platform, String workspace, String channel, String url, String note) {
}
