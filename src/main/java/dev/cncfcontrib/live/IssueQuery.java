package dev.cncfcontrib.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to ask CLOTributor or GitHub for.
 *
 * @param projects  project names as CLOTributor knows them; empty for every CNCF project
 * @param languages repository languages, spelt as GitHub spells them (see {@link #language(String)})
 * @param goodFirst only issues labelled "good first issue"
 * @param mentor    only issues with a mentor available
 * @param areas     CLOTributor's areas ("docs")
 * @param limit     at most this many issues
 */
public record IssueQuery(List<String> projects, List<String> languages, boolean goodFirst, boolean mentor,
                         List<String> areas, int limit) {

    public IssueQuery {
        projects = List.copyOf(projects);
        languages = List.copyOf(languages);
        areas = List.copyOf(areas);
    }

    public IssueQuery withProjects(List<String> names) {
        return new IssueQuery(names, languages, goodFirst, mentor, areas, limit);
    }

    /**
     * GitHub's spelling of common languages, which CLOTributor's filter needs exactly ("Go", not "go"): people type
     * them in lower case.
     */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("go", "Go"), Map.entry("golang", "Go"), Map.entry("rust", "Rust"), Map.entry("python", "Python"),
            Map.entry("typescript", "TypeScript"), Map.entry("ts", "TypeScript"), Map.entry("javascript", "JavaScript"),
            Map.entry("js", "JavaScript"), Map.entry("java", "Java"), Map.entry("kotlin", "Kotlin"), Map.entry("c", "C"),
            Map.entry("c++", "C++"), Map.entry("cpp", "C++"), Map.entry("c#", "C#"), Map.entry("csharp", "C#"),
            Map.entry("shell", "Shell"), Map.entry("bash", "Shell"), Map.entry("ruby", "Ruby"), Map.entry("php", "PHP"),
            Map.entry("html", "HTML"), Map.entry("css", "CSS"), Map.entry("scss", "SCSS"), Map.entry("scala", "Scala"),
            Map.entry("swift", "Swift"), Map.entry("dart", "Dart"), Map.entry("elixir", "Elixir"), Map.entry("lua", "Lua"),
            Map.entry("zig", "Zig"), Map.entry("haskell", "Haskell"), Map.entry("ocaml", "OCaml"), Map.entry("jsonnet", "Jsonnet"),
            Map.entry("hcl", "HCL"), Map.entry("starlark", "Starlark"), Map.entry("dockerfile", "Dockerfile"),
            Map.entry("makefile", "Makefile"), Map.entry("mdx", "MDX"), Map.entry("smarty", "Smarty"),
            Map.entry("webassembly", "WebAssembly"), Map.entry("wasm", "WebAssembly"), Map.entry("powershell", "PowerShell"),
            Map.entry("objective-c", "Objective-C"), Map.entry("perl", "Perl"), Map.entry("r", "R"), Map.entry("julia", "Julia"),
            Map.entry("nix", "Nix"), Map.entry("cue", "CUE"), Map.entry("rego", "Open Policy Agent"), Map.entry("erlang", "Erlang"));

    /** GitHub's spelling of a language typed in any case; an unknown one keeps its letters, the first in upper case. */
    public static String language(String typed) {
        String trimmed = typed.strip();
        String known = SPELLING.get(trimmed.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        if (!trimmed.isEmpty() && trimmed.equals(trimmed.toLowerCase(Locale.ROOT))) {
            return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        }
        return trimmed;
    }

    /** {@link #language(String)} for each, without duplicates. */
    public static List<String> languages(List<String> typed) {
        List<String> spelt = new ArrayList<>();
        for (String language : typed) {
            String one = language(language);
            if (!one.isEmpty() && !spelt.contains(one)) {
                spelt.add(one);
            }
        }
        return spelt;
    }
}
