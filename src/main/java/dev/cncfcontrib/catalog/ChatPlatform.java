package dev.cncfcontrib.catalog;

/** Where a project's real-time conversation happens. */
public enum ChatPlatform implements Identified {
    SLACK("Slack"),
    IRC("IRC"),
    MATRIX("Matrix"),
    DISCORD("Discord"),
    GITTER("Gitter"),
    ZULIP("Zulip"),
    GITHUB_DISCUSSIONS("GitHub Discussions"),
    WECHAT("WeChat"),
    DINGTALK("DingTalk"),
    TELEGRAM("Telegram"),
    OTHER("Chat");

    private final String label;

    ChatPlatform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
