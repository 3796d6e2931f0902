package dev.cncfcontrib.cli;

import dev.cncfcontrib.prompt.Prompter;
import java.util.function.Supplier;

/**
 * Asks a yes/no question before something that cannot be undone easily. Only asks when a person can answer
 * ({@link #canAsk()}); commands then need an explicit {@code --yes}. Tests replace it with scripted answers.
 */
public interface Confirm {

    /** True when a person at a terminal can answer. */
    boolean canAsk();

    /** Asks {@code question}; true only for an explicit yes. */
    boolean ask(String question);

    /**
     * Asks through the program's prompter, chosen on first use ({@link Prompters#choose}): no question at all with
     * {@code --no-input} or without a terminal, numbered questions with {@code --accessible}, a menu otherwise.
     */
    static Confirm through(Supplier<Prompter> choosePrompter) {
        return new Confirm() {
            private Prompter prompter;
            private boolean chosen;

            private Prompter prompter() {
                if (!chosen) {
                    prompter = choosePrompter.get();
                    chosen = true;
                }
                return prompter;
            }

            @Override
            public boolean canAsk() {
                return prompter() != null;
            }

            @Override
            public boolean ask(String question) {
                Prompter asking = prompter();
                return asking != null && asking.confirm(question, false);
            }
        };
    }
}
