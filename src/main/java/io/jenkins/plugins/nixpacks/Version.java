package io.jenkins.plugins.nixpacks;

/** The plugin's own version, as recorded in cache image labels. */
public final class Version {
    private Version() {}

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
