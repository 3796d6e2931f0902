package dev.cncfcontrib.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 200 MB file wherever the program reads one: each command refuses it with one clear line and the right exit
 * code, in a JVM that may not use more than 256 MB of heap, within seconds. The file is sparse, so making it
 * costs nothing; the caps are checked before anything is read, and a stream without a size is read only up to
 * its cap.
 */
class LargeInputTest {

    private static final long SIZE = 200L * 1024 * 1024;

    @TempDir
    static Path home;

    static Path huge;

    @BeforeAll
    static void makeHugeFile() throws IOException {
        huge = home.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SIZE);
        }
    }

    /** Runs the program in a child JVM capped at 256 MB of heap; returns exit code and stderr. */
    private static Result run(Map<String, String> extraEnv, String... args) throws Exception {
        return runWithHeap("256m", extraEnv, args);
    }

    /** Runs the program in a child JVM with at most {@code heap} of heap; returns exit code and stderr. */
    private static Result runWithHeap(String heap, Map<String, String> extraEnv, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), "dev.cncfcontrib.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().putAll(extraEnv);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path stderr = Files.createTempFile(home, "stderr", ".txt");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not end within 60 s: " + String.join(" ", args));
        }
        return new Result(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String err) {
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "list --catalog HUGE",
        "catalog validate HUGE",
        "catalog diff HUGE HUGE",
        "catalog import --landscape HUGE -o OUT",
        "catalog update --from HUGE --dry-run",
    })
    void aHugeFileIsRefusedWithOneLine(String commandLine) throws Exception {
        String[] args = commandLine.replace("HUGE", huge.toString()).replace("OUT", home.resolve("out.json").toString()).split(" ");

        Result result = run(Map.of(), args);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        assertThat(result.err().lines()).as(result.err()).hasSize(1);
        // validate reports the problem itself on stdout and sums up on stderr; the others name the cap
        assertThat(result.err()).containsAnyOf("MiB", "not a valid catalog").doesNotContain("OutOfMemory").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    void anEndlessStreamIsReadOnlyUpToItsCap(String device) throws Exception {
        Result result = run(Map.of(), "list", "--catalog", device);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        assertThat(result.err().lines()).as(result.err()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"progress", "links"})
    void aHugeStateOrCacheFileDoesNotStopTheProgram(String which) throws Exception {
        Path file = which.equals("progress")
                ? home.resolve("state/cncf-contrib/progress.json")
                : home.resolve("cache/cncf-contrib/links.json");
        Files.createDirectories(file.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(SIZE);
        }
        String catalog = Fixtures.file(home, "catalog-small.json").toString();

        Result result = which.equals("progress") ? run(Map.of(), "status") : run(Map.of(), "show", "--catalog", catalog, "k8s");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("OutOfMemory");
        Files.deleteIfExists(file);
    }

    /**
     * Issue 16, finding 8: files within the size caps holding millions of tiny values. Each became a tree of
     * gigabytes (3.0 GB for the landscape, 830 MB for the catalog) and ended in OutOfMemoryError with a stack
     * trace; now the reader stops at its value and item caps, in a small heap.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "128m catalog update --from VALUES_YAML",
        "128m catalog update --from VALUES_YAML --dry-run",
        "128m catalog import --landscape VALUES_YAML -o OUT",
        "256m list --catalog VALUES_JSON",
        "128m catalog diff VALUES_JSON VALUES_JSON",
        "128m catalog validate STRINGS_JSON",
        "128m list --catalog PROJECTS_JSON",
        "128m catalog update --from ITEMS_YAML",
    })
    void millionsOfTinyValuesAreRefusedInABoundedHeap(String line) throws Exception {
        String[] words = line.split(" ");
        List<String> args = new ArrayList<>();
        for (int w = 1; w < words.length; w++) {
            args.add(switch (words[w]) {
                case "VALUES_YAML" -> repeated("values.yml", "[", i -> "a,", 8_000_000, "a]\n").toString();
                case "VALUES_JSON" -> repeated("values.json", "{\"schemaVersion\": 1, \"asOf\": \"2026-01-01\", \"projects\": [",
                        i -> "0,", 16_000_000, "0]}\n").toString();
                case "STRINGS_JSON" -> repeated("strings.json", "{\"schemaVersion\": 1, \"asOf\": \"2026-01-01\", \"projects\": [",
                        i -> "\"a\",", 8_000_000, "\"a\"]}\n").toString();
                // a hundred times the CNCF catalog's 255 projects, plus one; each one valid
                case "PROJECTS_JSON" -> repeated("projects.json", "{\"schemaVersion\": 1, \"asOf\": \"2026-01-01\", \"projects\": [",
                        i -> (i == 0 ? "" : ",") + "{\"id\": \"p" + i + "\", \"name\": \"P" + i + "\", \"maturity\": \"sandbox\","
                                + " \"focus\": \"F\", \"description\": \"D\", \"legal\": {\"kind\": \"dco\", \"basis\": \"project-docs\"},"
                                + " \"asOf\": \"2026-01-01\", \"sources\": {}}", 25_501, "]}\n").toString();
                // a hundred times the landscape's 2,413 items, plus one; each one a CNCF project
                case "ITEMS_YAML" -> repeated("items.yml", "landscape:\n- name: c\n  subcategories:\n  - name: s\n    items:\n",
                        i -> "    - {name: p" + i + ", project: sandbox}\n", 241_301, "").toString();
                case "OUT" -> home.resolve("out.json").toString();
                default -> words[w];
            });
        }

        Result result = runWithHeap(words[0], Map.of(), args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        assertThat(result.err()).as(result.err()).doesNotContain("OutOfMemory").doesNotContain("\tat ")
                .containsAnyOf("values", "projects", "items", "not a valid catalog");
        assertThat(result.err().lines().filter(l -> l.startsWith("error:"))).hasSize(1);
    }

    /** {@code head}, then {@code count} items, then {@code tail}: written once per test run. */
    private static Path repeated(String name, String head, java.util.function.IntFunction<String> item, int count, String tail) throws IOException {
        Path file = home.resolve(name);
        if (!Files.exists(file)) {
            try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
                out.write(head);
                for (int i = 0; i < count; i++) {
                    out.write(item.apply(i));
                }
                out.write(tail);
            }
        }
        return file;
    }
}
