package dev.cncfcontrib.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that remembers why a write failed. A {@link PrintWriter} swallows the {@link IOException} and
 * keeps only a flag ({@link #checkError()}); the composition root needs the cause to tell a reader that went
 * away ({@code | head -1}: a broken pipe, which is no failure) from output that was lost (a full disk,
 * {@code /dev/full}, a closed stdout).
 */
public final class CheckedOutput extends PrintWriter {

    private final Recorder recorder;

    public CheckedOutput(OutputStream out) {
        this(new Recorder(out));
    }

    private CheckedOutput(Recorder recorder) {
        super(new BufferedWriter(new OutputStreamWriter(recorder, StandardCharsets.UTF_8)));
        this.recorder = recorder;
    }

    /** The first write error, after flushing what is buffered; null when everything was written. */
    public IOException failure() {
        flush();
        IOException failure = recorder.failure;
        if (failure == null && checkError()) {
            failure = new IOException("write error");
        }
        return failure;
    }

    /** True when {@code e} is what writing to a pipe whose reader has gone gives (EPIPE). */
    public static boolean isBrokenPipe(IOException e) {
        String message = e.getMessage();
        if (message == null) {
            return false;
        }
        if (message.equalsIgnoreCase("Broken pipe")) {
            return true;
        }
        // the message is the C library's, in the user's language: ask it what a broken pipe is called here
        String brokenPipe = brokenPipeMessage();
        return brokenPipe != null && brokenPipe.equals(message);
    }

    private static String brokenPipeMessage() {
        try {
            Pipe pipe = Pipe.open();
            pipe.source().close();
            try (Pipe.SinkChannel sink = pipe.sink()) {
                sink.write(ByteBuffer.wrap(new byte[] {'x'}));
            }
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Passes writes through and keeps the first failure. */
    private static final class Recorder extends FilterOutputStream {

        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
