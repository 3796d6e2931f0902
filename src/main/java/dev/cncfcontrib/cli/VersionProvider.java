package dev.cncfcontrib.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version Maven built. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"cncf-contrib " + version()};
    }

    /** The bare version, such as "0.1.0". */
    static String version() {
        return BuildInfo.VERSION;
    }
}
