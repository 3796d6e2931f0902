package dev.cncfcontrib.prompt;

/** The person pressed Ctrl-C or Escape, or the input ended, while a question was open. */
public final class PromptCancelledException extends RuntimeException {

    public PromptCancelledException(String message) {
        super(message);
    }
}
