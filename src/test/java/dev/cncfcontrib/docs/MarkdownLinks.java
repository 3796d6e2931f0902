package dev.cncfcontrib.docs;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of Markdown files and the anchors GitHub gives their headings, enough to tell a reader's
 * dead end from a working link: {@code [text](path#anchor)}, {@code ![alt](path)} and {@code [ref]: path}, outside
 * code. Links with a scheme (https:, mailto:) are left to the reader: checking them needs the network.
 */
final class MarkdownLinks {

    /** One link that leads nowhere: where it is written, and why. */
    record Problem(Path file, int line, String target, String why) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + target + ": " + why;
        }
    }

    /** A link as written, with the line it is on (1-based). */
    record Link(int line, String target) {
    }

    // [text](target) or [text](target "title"); the text may hold one level of brackets, as in [see [1]](x)
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)>?");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private MarkdownLinks() {
    }

    /**
     * The anchor GitHub gives a heading: its text as rendered (links as their text, no code ticks or emphasis),
     * lower-cased, every character that is not a letter, digit, mark, '_', '-' or space dropped, spaces as '-'.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** Every anchor of a Markdown text: its headings' slugs (a repeated one numbered -1, -2...) and HTML anchors. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = prose(markdown);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            String heading = null;
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                heading = atx.group(2) == null ? "" : atx.group(2);
            } else if (i > 0 && isSetextUnderline(line) && isParagraphLine(lines.get(i - 1))
                    && (i < 2 || lines.get(i - 2).isBlank())) {
                heading = lines.get(i - 1).strip();
            }
            if (heading != null) {
                String base = slug(heading);
                int count = seen.merge(base, 1, Integer::sum);
                anchors.add(count == 1 ? base : base + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** The links of a Markdown text, in order, outside fenced code blocks and code spans. */
    static List<Link> links(String markdown) {
        List<Link> links = new ArrayList<>();
        List<String> lines = prose(markdown);
        for (int i = 0; i < lines.size(); i++) {
            String line = CODE_SPAN.matcher(lines.get(i)).replaceAll("code");
            Matcher inline = INLINE.matcher(line);
            while (inline.find()) {
                links.add(new Link(i + 1, inline.group(1)));
            }
            Matcher definition = DEFINITION.matcher(line);
            if (definition.find()) {
                links.add(new Link(i + 1, definition.group(1)));
            }
        }
        return links;
    }

    /** What is wrong with the relative links of {@code file}: a missing file, or an anchor no heading has. */
    static List<Problem> check(Path file) throws IOException {
        List<Problem> problems = new ArrayList<>();
        String markdown = Files.readString(file, StandardCharsets.UTF_8);
        for (Link link : links(markdown)) {
            String target = link.target();
            if (target.isEmpty()) {
                problems.add(new Problem(file, link.line(), "()", "empty link"));
                continue;
            }
            if (SCHEME.matcher(target).find() || target.startsWith("//")) {
                continue;
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path linked = path.isEmpty() ? file
                    : file.toAbsolutePath().getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (!Files.exists(linked)) {
                problems.add(new Problem(file, link.line(), target, "no such file"));
                continue;
            }
            if (anchor == null) {
                continue;
            }
            if (!linked.getFileName().toString().endsWith(".md") || Files.isDirectory(linked)) {
                // GitHub's line anchors (#L12) and the like: only Markdown headings are known here
                continue;
            }
            Set<String> anchors = anchors(Files.readString(linked, StandardCharsets.UTF_8));
            if (!anchors.contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8))) {
                problems.add(new Problem(file, link.line(), target, "no heading with the anchor '" + anchor + "' in "
                        + linked.getFileName()));
            }
        }
        return problems;
    }

    /** The lines of the text, with those of fenced code blocks blanked (kept, so that line numbers hold). */
    private static List<String> prose(String markdown) {
        List<String> lines = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\r?\n", -1)) {
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.find()) {
                fence = opening.group(1);
                lines.add("");
            } else if (fence != null) {
                // a fence closes with at least as many of the same character, and nothing after them
                String stripped = line.strip();
                char mark = fence.charAt(0);
                if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
                lines.add("");
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean isSetextUnderline(String line) {
        return line.matches(" {0,3}(=+|-+)\\s*");
    }

    /** A line that can be a setext heading's text: not blank, not a list item, table row, quote or heading. */
    private static boolean isParagraphLine(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !stripped.startsWith("|") && !stripped.startsWith(">")
                && !stripped.startsWith("#") && !stripped.matches("([-*+]|\\d+[.)])(\\s.*)?") && !line.startsWith("    ");
    }
}
