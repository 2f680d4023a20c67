package io.vigil.connectors.common;

/** The version Connect shows for Vigil's plugins: the jar manifest's, or {@code dev} when run from classes. */
public final class PluginVersion {

    private static final String VERSION = version();

    private PluginVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String version() {
        String fromManifest = PluginVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "dev" : fromManifest;
    }
}
