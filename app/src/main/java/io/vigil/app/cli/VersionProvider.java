package io.vigil.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or {@code development} when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VigilCli.class.getPackage().getImplementationVersion();
        return new String[] {"vigil " + (version == null ? "development" : version)};
    }
}
