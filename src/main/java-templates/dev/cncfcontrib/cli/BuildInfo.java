package dev.cncfcontrib.cli;

/**
 * What Maven knew when it built this program, filtered into a constant (src/main/java-templates): a constant costs
 * nothing at start-up, where reading a properties resource cost time on every command, since picocli asks
 * each subcommand for the version it inherits.
 */
final class BuildInfo {

    /** The project version, such as "0.1.0". */
    static final String VERSION = "${project.version}";

    private BuildInfo() {
    }
}
