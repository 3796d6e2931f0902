package dev.cncfcontrib.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Asks a yes/no question before something that cannot be undone easily. Only asks when a person can answer
 * ({@link #canAsk()}); commands then need an explicit {@code --yes}. Tests replace it with scripted answers; a full
 * prompter for the interactive wizard can implement it later.
 */
public interface Confirm {

    /** True when a person at a terminal can answer. */
    boolean canAsk();

    /** Asks {@code question}; true only for an explicit yes. */
    boolean ask(String question);

    /** Reads the answer from a line of {@code input}, asking on {@code io}'s error stream to keep stdout clean. */
    static Confirm reading(Io io, Supplier<BufferedReader> input) {
        return new Confirm() {
            private BufferedReader reader;

            @Override
            public boolean canAsk() {
                return io.terminal();
            }

            @Override
            public boolean ask(String question) {
                io.err().print(question + " [y/N] ");
                io.err().flush();
                try {
                    if (reader == null) {
                        reader = input.get();
                    }
                    String answer = reader.readLine();
                    if (answer == null) {
                        io.err().println();
                        return false;
                    }
                    String word = answer.strip().toLowerCase(Locale.ROOT);
                    return word.equals("y") || word.equals("yes");
                } catch (IOException e) {
                    // stdin closed or unreadable: no answer, and only an explicit yes is a yes
                    io.err().println();
                    return false;
                }
            }
        };
    }
}
