package dev.cncfcontrib.shell;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.cli.Io;
import dev.cncfcontrib.cli.ShellCommands;
import dev.cncfcontrib.text.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * The shell's own line reader ({@link Shell#lineReader}) on a virtual xterm: keys go in as a person types them
 * (Tab, Ctrl-C), and the screen is watched for what JLine draws in answer. What it measures is what a person
 * waits for: our completer, JLine's matching, merging, sorting and layout, and the drawing.
 */
final class KeystrokeDriver implements AutoCloseable {

    /** What readLine gave: a line, or one of these. */
    static final String INTERRUPTED = "<Ctrl-C>";
    static final String END = "<end of input>";

    private final PipedOutputStream keys = new PipedOutputStream();
    private final Screen screen = new Screen();
    private final Terminal terminal;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reading;

    KeystrokeDriver(Supplier<Catalog> catalog) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        // JLine's terminal over streams, with a line discipline of its own: Ctrl-C raises SIGINT as a tty would
        terminal = new ExternalTerminal("keystrokes", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(160, 50));
        Context context = new Context(new Io(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true, 160, Style.PLAIN),
                Map.of(), new CatalogLoader());
        Shell shell = ShellCommands.shell(context);
        LineReader reader = shell.lineReader(terminal, null, shell.completer(catalog));
        reading = new Thread(() -> {
            while (true) {
                try {
                    lines.add(reader.readLine(Shell.PROMPT));
                } catch (UserInterruptException e) {
                    lines.add(INTERRUPTED);
                } catch (EndOfFileException e) {
                    lines.add(END);
                    return;
                } catch (RuntimeException e) {
                    lines.add("<" + e + ">");
                    return;
                }
            }
        }, "shell-reader");
        reading.setDaemon(true);
        reading.start();
    }

    /** Types {@code text} (Tab is "\t", Ctrl-C "\u0003"); the screen is watched from here on. */
    void type(String text) throws IOException {
        screen.mark();
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Nanoseconds from the last {@link #type} until the screen shows {@code text}; -1 when it did not in time. */
    long awaitScreen(String text, long timeoutMillis) throws InterruptedException {
        return screen.await(text, timeoutMillis);
    }

    /** Waits until nothing has been drawn for {@code millis}: JLine has handled the keys typed. */
    void awaitQuiet(long millis) throws InterruptedException {
        screen.awaitQuiet(millis);
    }

    /** Like {@link #awaitScreen}, for the first of several texts. */
    long awaitAny(long timeoutMillis, String... texts) throws InterruptedException {
        return screen.await(timeoutMillis, texts);
    }

    /** Nanoseconds from the last {@link #type} until {@code text} shows after {@code after}. */
    long awaitScreenAfter(String after, String text, long timeoutMillis) throws InterruptedException {
        return screen.awaitAfter(after, text, timeoutMillis);
    }

    /** What the screen showed since the last {@link #type}, escape sequences included. */
    String screenSinceTyping() {
        return screen.sinceMark();
    }

    /** The next result of readLine, or null when none came in time. */
    String nextLine(long timeoutMillis) throws InterruptedException {
        return lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        keys.close();
        terminal.close();
        try {
            reading.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The terminal's output, searchable from a mark, with the time each byte arrived. */
    private static final class Screen extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int mark;
        private long markedAt;

        synchronized void mark() {
            mark = bytes.size();
            markedAt = System.nanoTime();
        }

        synchronized String sinceMark() {
            byte[] all = bytes.toByteArray();
            return new String(all, mark, all.length - mark, StandardCharsets.UTF_8);
        }

        private long lastWrite = System.nanoTime();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            lastWrite = System.nanoTime();
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            lastWrite = System.nanoTime();
            notifyAll();
        }

        synchronized long await(String text, long timeoutMillis) throws InterruptedException {
            return await(timeoutMillis, text);
        }

        synchronized void awaitQuiet(long millis) throws InterruptedException {
            while (true) {
                long before = lastWrite;
                TimeUnit.MILLISECONDS.timedWait(this, millis);
                if (lastWrite == before && System.nanoTime() - lastWrite >= TimeUnit.MILLISECONDS.toNanos(millis)) {
                    return;
                }
            }
        }

        synchronized long awaitAfter(String after, String text, long timeoutMillis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (true) {
                String seen = sinceMark();
                int at = seen.indexOf(after);
                if (at >= 0 && seen.indexOf(text, at + after.length()) >= 0) {
                    return System.nanoTime() - markedAt;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return -1;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        synchronized long await(long timeoutMillis, String... texts) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (java.util.Arrays.stream(texts).noneMatch(sinceMark()::contains)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return -1;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return System.nanoTime() - markedAt;
        }
    }
}
