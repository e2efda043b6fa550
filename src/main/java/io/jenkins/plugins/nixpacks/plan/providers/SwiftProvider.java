package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swift, after Nixpacks' {@code providers/swift.rs}: {@code swift package resolve}, a static release build, the
 * executable of {@code Sources/<name>/main.swift}. The official {@code swift} image's version comes from
 * {@code .swift-version} or the tools version of Package.swift.
 */
final class SwiftProvider implements Provider {
    /** Nixpacks defaults to 5.8; 6.0 is a current release. */
    static final String DEFAULT_SWIFT = "6.0";

    private static final Pattern TOOLS = Pattern.compile("swift-tools-version:\\s*(\\d+\\.\\d+)");

    @Override
    public String name() {
        return "swift";
    }

    @Override
    public String lookedFor() {
        return "Package.swift";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("Package.swift");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        String name = executable(app);
        return BuildPlan.builder()
                .buildImage("swift:" + version(app))
                .phase("setup", Phase.builder().build())
                .phase(
                        "install",
                        Phase.builder()
                                .dependsOn("setup")
                                .cmd("swift package resolve")
                                .build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("install")
                                .cmd("CC=clang++ swift build -c release --static-swift-stdlib")
                                .cmd("cp ./.build/release/" + name + " ./" + name + " && rm -rf ./.build")
                                .build())
                .startCmd("./" + name)
                .build();
    }

    private static String executable(App app) throws PlanException {
        List<String> mains = app.findFiles(
                rel -> rel.startsWith("Sources/") && rel.endsWith("/main.swift") && !rel.contains(".build"), 6);
        if (mains.isEmpty()) {
            throw new PlanException("The Swift package in " + app.root() + " has no Sources/<name>/main.swift: there"
                    + " is no executable to start.");
        }
        return mains.get(0).split("/")[1];
    }

    private static String version(App app) {
        String spec = null;
        if (app.isFile(".swift-version")) {
            spec = app.readTextOrEmpty(".swift-version").trim().split("\\s+")[0];
        } else {
            Matcher m = TOOLS.matcher(app.readTextOrEmpty("Package.swift"));
            spec = m.find() ? m.group(1) : null;
        }
        String v = Versions.majorMinor(spec);
        // The swift image starts at 5.x; older tools versions build with a current compiler.
        return v == null || Versions.major(v) < 5 ? DEFAULT_SWIFT : v;
    }
}
