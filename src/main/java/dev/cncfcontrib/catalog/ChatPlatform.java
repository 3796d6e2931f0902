package dev.cncfcontrib.catalog;

/** Where a project's real-time conversation happens. */
public enum ChatPlatform implements Identified {
    SLACK("slack", "Slack"),
    IRC("irc", "IRC"),
    MATRIX("matrix", "Matrix"),
    DISCORD("discord", "Discord"),
    GITTER("gitter", "Gitter"),
    ZULIP("zulip", "Zulip"),
    GITHUB_DISCUSSIONS("github-discussions", "GitHub Discussions"),
    WECHAT("wechat", "WeChat"),
    DINGTALK("dingtalk", "DingTalk"),
    TELEGRAM("telegram", "Telegram"),
    OTHER("other", "Chat");

    private final String id;
    private final String label;

    ChatPlatform(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
