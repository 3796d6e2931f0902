package dev.cncfcontrib.onboarding;

/**
 * The name and email git writes into commits, and so into a DCO sign-off line. The hosted DCO check compares the
 * sign-off with the commit's author, and CLA bots look up the author's email.
 *
 * @param problem why git could not be asked, or null
 */
public record GitIdentity(String name, String email, String problem) {

    /** Asks git for {@code user.name} and {@code user.email}. */
    public static GitIdentity read(GitConfig git) {
        try {
            return new GitIdentity(blankToNull(git.get("user.name")), blankToNull(git.get("user.email")), null);
        } catch (GitConfig.Unavailable e) {
            return new GitIdentity(null, null, e.getMessage());
        }
    }

    public boolean complete() {
        return problem == null && name != null && email != null;
    }

    /** The {@code Signed-off-by} line {@code git commit -s} would add, when the identity is complete. */
    public String signOffLine() {
        return "Signed-off-by: " + name + " <" + email + ">";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
