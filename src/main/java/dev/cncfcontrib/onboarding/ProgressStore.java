package dev.cncfcontrib.onboarding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.catalog.Identified;
import dev.cncfcontrib.files.AtomicFiles;
import dev.cncfcontrib.files.ExclusiveLock;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.text.TerminalText;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes the wizard's progress file ({@code progress.json} in the state directory). Every save replaces
 * the file atomically, so a crash or kill leaves the previous or the new version. A file that cannot be read is
 * never overwritten: it is renamed to {@code progress.json.corrupt-<time>} and the person is told.
 */
public final class ProgressStore {

    public static final String FILE_NAME = "progress.json";
    static final int FORMAT_VERSION = 1;
    private static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;

    public ProgressStore(Path stateDir, Clock clock) {
        this.file = stateDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * The saved progress, or empty progress when there is none; {@code warn} hears about a set-aside file. Anything
     * at the path that is not a regular file (a directory, a FIFO, a device) is set aside like a damaged file
     * without being opened: reading a FIFO waits for a writer that never comes. A symbolic link is followed.
     */
    public Progress load(Consumer<String> warn) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return setAside("a directory, not a file", warn);
            }
            if (!attributes.isRegularFile()) {
                return setAside("not a regular file", warn);
            }
            if (attributes.size() > MAX_BYTES) {
                return setAside("larger than " + MAX_BYTES / (1024 * 1024) + " MiB", warn);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Progress();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + FileErrors.reason(e), e);
        }
        try {
            return parse(bytes);
        } catch (IOException | RuntimeException e) {
            return setAside(e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()), warn);
        }
    }

    private Progress setAside(String reason, Consumer<String> warn) {
        String name = FILE_NAME + ".corrupt-" + STAMP.format(clock.instant());
        Path kept = file.resolveSibling(name);
        // a second unreadable file within the same second must not fail on the first one's name
        for (int n = 2; Files.exists(kept, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            kept = file.resolveSibling(name + "-" + n);
        }
        try {
            Files.move(file, kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside the unreadable " + file + ": " + FileErrors.reason(e), e);
        }
        // the parser's message quotes the file's bytes: they reach a terminal only made visible
        warn.accept("warning: " + TerminalText.line(file.toString()) + " could not be read (" + TerminalText.line(reason)
                + "); kept it as " + TerminalText.line(kept.getFileName().toString()) + " and starting fresh");
        return new Progress();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static Progress parse(byte[] bytes) throws IOException {
        JsonNode root = new ObjectMapper().readTree(bytes);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        if (root.path("version").asInt(-1) != FORMAT_VERSION) {
            throw new IOException("unknown format version " + root.path("version"));
        }
        Progress progress = new Progress();
        JsonNode projects = root.path("projects");
        if (!projects.isArray()) {
            throw new IOException("'projects' is not a list");
        }
        for (JsonNode project : projects) {
            List<Progress.SavedStep> steps = new ArrayList<>();
            for (JsonNode step : project.path("steps")) {
                steps.add(new Progress.SavedStep(required(step, "id"), required(step, "title"),
                        Identified.parse(StepStatus.class, required(step, "status")),
                        step.hasNonNull("at") ? Instant.parse(step.get("at").asText()) : null));
            }
            progress.put(new Progress.ProjectProgress(required(project, "id"), required(project, "name"),
                    Instant.parse(required(project, "started")), Instant.parse(required(project, "updated")), steps,
                    recorded(project, "issue"), recorded(project, "pullRequest")));
        }
        if (root.hasNonNull("current")) {
            progress.current(root.get("current").asText());
        }
        return progress;
    }

    /** An optional issue or pull request: absent in files written before they were recorded. */
    private static Progress.Recorded recorded(JsonNode project, String field) throws IOException {
        JsonNode node = project.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode title = node.get("title");
        return new Progress.Recorded(required(node, "url"), title != null && title.isTextual() ? title.asText() : null,
                Instant.parse(required(node, "at")));
    }

    private static String required(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("missing '" + field + "'");
        }
        return value.asText();
    }

    /**
     * Saves one project's checklist and makes it the current one without losing what another cncf-contrib (a
     * second terminal, a script) saved meanwhile: under an exclusive lock on {@code progress.json.lock} the file is
     * read again, this project's entry merged in (step by step, the later answer wins) and the file replaced
     * atomically. {@code warn} hears about an unreadable file set aside on the way.
     */
    @SuppressWarnings("try") // the lock is a resource held while the file is merged, never referenced
    public void saveProject(Progress.ProjectProgress project, Consumer<String> warn) {
        Path lockFile = file.resolveSibling(FILE_NAME + ".lock");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (ExclusiveLock lock = ExclusiveLock.acquire(lockFile, () -> { })) {
                Progress latest = load(warn);
                latest.put(laterAnswers(latest.project(project.projectId()), project));
                latest.current(project.projectId());
                AtomicFiles.write(file, serialize(latest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save progress to " + file + ": " + FileErrors.reason(e), e);
        }
    }

    /** {@code ours}, with any step that the file answered later than we did taking the file's answer. */
    static Progress.ProjectProgress laterAnswers(Progress.ProjectProgress theirs, Progress.ProjectProgress ours) {
        if (theirs == null) {
            return ours;
        }
        Map<String, Progress.SavedStep> theirSteps = new HashMap<>();
        for (Progress.SavedStep step : theirs.steps()) {
            theirSteps.put(step.id(), step);
        }
        List<Progress.SavedStep> steps = new ArrayList<>();
        for (Progress.SavedStep step : ours.steps()) {
            Progress.SavedStep other = theirSteps.get(step.id());
            boolean theirsIsLater = other != null && other.at() != null && (step.at() == null || other.at().isAfter(step.at()));
            steps.add(theirsIsLater ? new Progress.SavedStep(step.id(), step.title(), other.status(), other.at()) : step);
        }
        Instant started = theirs.started().isBefore(ours.started()) ? theirs.started() : ours.started();
        Instant updated = theirs.updated().isAfter(ours.updated()) ? theirs.updated() : ours.updated();
        return new Progress.ProjectProgress(ours.projectId(), ours.projectName(), started, updated, steps,
                Progress.Recorded.later(theirs.issue(), ours.issue()), Progress.Recorded.later(theirs.pullRequest(), ours.pullRequest()));
    }

    /** Replaces the file with {@code progress}, atomically. */
    public void save(Progress progress) {
        try {
            AtomicFiles.write(file, serialize(progress));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save progress to " + file + ": " + FileErrors.reason(e), e);
        }
    }

    static byte[] serialize(Progress progress) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", FORMAT_VERSION);
            if (progress.current() != null) {
                json.writeStringField("current", progress.current());
            }
            json.writeArrayFieldStart("projects");
            for (Progress.ProjectProgress project : progress.projects()) {
                json.writeStartObject();
                json.writeStringField("id", project.projectId());
                json.writeStringField("name", project.projectName());
                json.writeStringField("started", project.started().toString());
                json.writeStringField("updated", project.updated().toString());
                json.writeArrayFieldStart("steps");
                for (Progress.SavedStep step : project.steps()) {
                    json.writeStartObject();
                    json.writeStringField("id", step.id());
                    json.writeStringField("title", step.title());
                    json.writeStringField("status", step.status().id());
                    if (step.at() != null) {
                        json.writeStringField("at", step.at().toString());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                writeRecorded(json, "issue", project.issue());
                writeRecorded(json, "pullRequest", project.pullRequest());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void writeRecorded(JsonGenerator json, String field, Progress.Recorded recorded) throws IOException {
        if (recorded == null) {
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("url", recorded.url());
        if (recorded.title() != null) {
            json.writeStringField("title", recorded.title());
        }
        json.writeStringField("at", recorded.at().toString());
        json.writeEndObject();
    }
}
