package dev.cncfcontrib.text;

/**
 * ANSI styling that switches itself off when output is not a terminal or the person set {@code NO_COLOR}.
 * Only ever applied to text that was already made safe by {@link TerminalText}.
 */
public final class Style {

    public static final Style PLAIN = new Style(false);

    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    public String red(String text) {
        return wrap("31", text);
    }

    public String green(String text) {
        return wrap("32", text);
    }

    public String yellow(String text) {
        return wrap("33", text);
    }

    public String cyan(String text) {
        return wrap("36", text);
    }

    private String wrap(String code, String text) {
        return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
