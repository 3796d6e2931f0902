package dev.cncfcontrib.git;

/** Git could not do what was asked: not a repository, an unknown revision, git missing, a timeout. */
public final class GitException extends RuntimeException {

    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
