package io.jenkins.plugins.nixpacks.dockerfile;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import io.jenkins.plugins.nixpacks.plan.StartPhase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A two-stage Dockerfile from a plan, in classic-builder syntax only (no {@code RUN --mount}, no
 * {@code COPY --link}, no heredocs), so any engine builds it.
 *
 * <p>Build stage {@code build}: the build image, {@code WORKDIR /app/}, the setup lines (apt packages, Nix packages
 * on a Nixpacks image, static assets), the variables as {@code ARG}/{@code ENV}, then each phase in dependency
 * order: its {@code PATH} entries, the source copy, the cache restore hook, one {@code RUN} per command. The source
 * copy is dependency-first: a phase with {@code onlyIncludeFiles} (the install, as the providers plan it) copies
 * only those, one {@code COPY} each, and the first phase with commands but without them copies the whole app
 * ({@code COPY . /app/.}, once), so a source change leaves the install's layers as they were. After the last
 * phase: the whole app if no phase copied it, then the cache save hook. The build stage keeps every cache folder:
 * the save reads them from it, and it is the layer cache.
 *
 * <p>Stage {@code app}, when some cache folder lies under {@code /app}: the build stage with those folders removed.
 *
 * <p>Run stage: the run image with {@code /app} copied from {@code app} (or {@code build}); without a run image, the
 * build image again with the build stage's first setup lines (Nix packages, the run stage's apt packages, assets),
 * which the classic builder's layer cache reuses; the build stage installs its build-only apt packages after them.
 * Either way the run stage has only {@link BuildPlan#runAptPkgs()}, not the compilers the build needed.
 * Cache folders never reach it: those under {@code /app} were removed in {@code app}, and the others are outside
 * what is copied.
 */
public final class DockerfileGenerator {
    /** The name of the build stage, for {@code COPY --from}. */
    public static final String BUILD_STAGE = "build";

    /** The build stage without the cache folders under {@code /app}: what the run stage copies the app from. */
    public static final String APP_STAGE = "app";

    /** Nixpacks' default nixpkgs revision ({@code nix/mod.rs}), used on Nixpacks images without an archive. */
    static final String DEFAULT_NIXPKGS_ARCHIVE = "5148520bfab61f99fd25fb9ff7bfbb50dad3c9db";

    private static final Pattern ARCHIVE = Pattern.compile("[0-9a-f]{7,40}");

    private DockerfileGenerator() {}

    public static String generate(BuildPlan plan) throws PlanException {
        return generate(plan, CacheHooks.NONE);
    }

    /**
     * The Dockerfile text, ending with a newline.
     *
     * @throws PlanException if the plan cannot be written as a Dockerfile (an unusable image,
     *     variable, package or path, phases out of order)
     */
    public static String generate(BuildPlan plan, CacheHooks hooks) throws PlanException {
        plan.checkNixPackages();
        List<Phase> phases = plan.orderedPhases();
        String buildImage = DockerSyntax.image(plan.buildImage(), "build image");
        // No start command is the build's decision (noErrorWithoutStart), not the generator's: then no CMD.
        StartPhase start = plan.start() == null ? new StartPhase(null, null, null, null) : plan.start();
        String runImage = start.runImage() == null ? null : DockerSyntax.image(start.runImage(), "run image");
        List<String> runApt = plan.runAptPkgs();
        List<String> buildOnly = new ArrayList<>();
        for (Phase phase : phases) {
            buildOnly.addAll(phase.aptPkgs());
        }
        List<String> setup;
        List<String> runSetup;
        if (runImage == null) {
            // The run stage starts as the build stage does, so the classic builder takes its lines from the build
            // stage's layers: the run packages first, then the assets, and the build-only packages last.
            buildOnly.removeAll(runApt);
            runSetup = setupLines(plan, phases, runApt);
            setup = new ArrayList<>(runSetup);
            setup.addAll(aptLines(buildOnly));
        } else {
            setup = setupLines(plan, phases, buildOnly);
            runSetup = aptLines(runApt);
        }
        List<String> variables = variableLines(plan);

        List<String> out = new ArrayList<>();
        out.add("# Generated from a Nixpacks build plan"
                + (plan.providers().isEmpty() ? "" : " (providers: " + String.join(", ", plan.providers()) + ")"));
        for (String note : plan.notes()) {
            // Said here too, so whoever reads the Dockerfile sees why a phase copies what it copies.
            out.add("# note: " + note.replaceAll("[\\r\\n]+", " "));
        }
        out.add("FROM " + buildImage + " AS " + BUILD_STAGE);
        out.add("WORKDIR " + CacheDir.APP_DIR + "/");
        out.addAll(setup);
        out.addAll(variables);

        boolean copiedAll = false;
        Set<CacheDir> restored = new LinkedHashSet<>();
        Set<CacheDir> inApp = new LinkedHashSet<>();
        for (Phase phase : phases) {
            List<CacheDir> dirs = BuildPlan.cacheDirs(phase);
            for (CacheDir d : dirs) {
                if (d.insideApp()) {
                    inApp.add(d);
                }
            }
            out.add("");
            out.add("# " + phase.name() + " phase");
            if (!phase.runsCommands()) {
                continue;
            }
            String path = pathLine(phase);
            if (path != null) {
                out.add(path);
            }
            if (phase.cmds().isEmpty()) {
                continue;
            }
            if (!copiedAll) {
                if (phase.onlyIncludeFiles().isEmpty()) {
                    out.add("COPY . " + CacheDir.APP_DIR + "/.");
                    copiedAll = true;
                } else {
                    for (String file : phase.onlyIncludeFiles()) {
                        String f = DockerSyntax.copySource(file, "Phase '" + phase.name() + "' onlyIncludeFiles entry");
                        out.add("COPY " + f + " " + CacheDir.APP_DIR + "/" + f);
                    }
                }
            }
            List<CacheDir> toRestore = new ArrayList<>();
            for (CacheDir d : dirs) {
                if (restored.add(d)) {
                    toRestore.add(d);
                }
            }
            if (!toRestore.isEmpty()) {
                out.addAll(hooks.restore(phase.name(), List.copyOf(toRestore)));
            }
            for (String cmd : phase.cmds()) {
                out.add(runLine(cmd, phase.name()));
            }
        }

        out.add("");
        out.add("# after the last phase");
        if (!copiedAll) {
            out.add("COPY . " + CacheDir.APP_DIR + "/.");
        }
        List<CacheDir> active = plan.cacheDirectories();
        if (!active.isEmpty()) {
            out.addAll(hooks.save(active));
        }
        String appStage = BUILD_STAGE;
        if (!inApp.isEmpty()) {
            // The build stage keeps its cache folders: the save reads them from it and it is the layer cache. Those
            // under /app would otherwise be copied into the run stage with the app, so a stage of their own drops them.
            List<String> rm = new ArrayList<>();
            for (CacheDir d : inApp) {
                rm.add(d.absolutePath());
            }
            out.add("");
            out.add("# the app without its cache folders");
            out.add("FROM " + BUILD_STAGE + " AS " + APP_STAGE);
            out.add("RUN rm -rf " + String.join(" ", rm));
            appStage = APP_STAGE;
        }

        out.add("");
        out.add("# run stage");
        if (runImage != null) {
            out.add("FROM " + runImage);
            out.add("WORKDIR " + CacheDir.APP_DIR + "/");
            out.addAll(runSetup);
            if (!plan.staticAssets().isEmpty()) {
                out.add("COPY --from=" + BUILD_STAGE + " /assets /assets");
            }
        } else {
            out.add("FROM " + buildImage);
            out.add("WORKDIR " + CacheDir.APP_DIR + "/");
            out.addAll(runSetup);
        }
        out.addAll(variables);
        for (Phase phase : phases) {
            String path = pathLine(phase);
            if (path != null) {
                out.add(path);
            }
        }
        if (start.onlyIncludeFiles().isEmpty()) {
            out.add("COPY --from=" + appStage + " " + CacheDir.APP_DIR + " " + CacheDir.APP_DIR);
        } else {
            for (String file : start.onlyIncludeFiles()) {
                String f = DockerSyntax.copySource(file, "start.onlyIncludeFiles entry");
                out.add("COPY --from=" + appStage + " " + CacheDir.APP_DIR + "/" + f + " " + CacheDir.APP_DIR + "/"
                        + f);
            }
        }
        if (start.user() != null && !start.user().isBlank()) {
            String user = DockerSyntax.user(start.user());
            if (!Character.isDigit(user.charAt(0))) {
                out.add("RUN id -u " + user + " >/dev/null 2>&1 || useradd -m " + user);
            }
            out.add("USER " + user);
        }
        if (start.cmd() != null && !start.cmd().isBlank()) {
            out.add("CMD " + DockerSyntax.execForm(List.of("/bin/sh", "-c", start.cmd())));
        }
        return String.join("\n", out) + "\n";
    }

    /** Nix packages (on a Nixpacks image), the given apt packages and the static assets. */
    private static List<String> setupLines(BuildPlan plan, List<Phase> phases, List<String> aptPkgs)
            throws PlanException {
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> nixByArchive = new LinkedHashMap<>();
        for (Phase phase : phases) {
            if (phase.usesNix()) {
                if (!phase.nixOverlays().isEmpty()) {
                    throw new PlanException("Phase '" + phase.name() + "' uses Nix overlays ("
                            + String.join(", ", phase.nixOverlays()) + "), which this plugin does not support;"
                            + " install the packages with aptPkgs instead.");
                }
                String archive = phase.nixpkgsArchive() == null ? DEFAULT_NIXPKGS_ARCHIVE : phase.nixpkgsArchive();
                if (!ARCHIVE.matcher(archive).matches()) {
                    throw new PlanException("Phase '" + phase.name() + "' nixpkgsArchive '" + archive
                            + "' is not a nixpkgs commit id.");
                }
                List<String> attrs = nixByArchive.computeIfAbsent(archive, a -> new ArrayList<>());
                for (String pkg : phase.nixPkgs()) {
                    attrs.add(DockerSyntax.nixAttribute(pkg));
                }
                for (String lib : phase.nixLibs()) {
                    attrs.add(DockerSyntax.nixAttribute(lib));
                }
            }
        }
        for (Map.Entry<String, List<String>> e : nixByArchive.entrySet()) {
            lines.add("RUN nix-env -f https://github.com/NixOS/nixpkgs/archive/" + e.getKey() + ".tar.gz -iA "
                    + String.join(" ", new LinkedHashSet<>(e.getValue())) + " && nix-collect-garbage -d");
        }
        lines.addAll(aptLines(aptPkgs));
        for (Map.Entry<String, String> asset : plan.staticAssets().entrySet()) {
            String name = DockerSyntax.assetName(asset.getKey());
            String encoded = Base64.getEncoder().encodeToString(asset.getValue().getBytes(StandardCharsets.UTF_8));
            int slash = name.lastIndexOf('/');
            String dir = slash < 0 ? "/assets" : "/assets/" + name.substring(0, slash);
            // Written from the Dockerfile itself: the build context is the app, with no room for generated files.
            lines.add("RUN mkdir -p " + dir + " && echo '" + encoded + "' | base64 -d > /assets/" + name);
        }
        return lines;
    }

    /**
     * Nixpacks' apt line, leaving nothing of apt's own behind: the package lists, and (`apt-get clean`) the
     * downloaded .debs and the two package caches `apt-get update` writes. Debian's official images drop those by
     * their `docker-clean` configuration; on a base without it they stayed in the layer (vite-web's caddy: 186 MB,
     * 120 MB of it apt's caches; 61 MB without them), in the build stage and the run stage alike.
     */
    private static List<String> aptLines(List<String> pkgs) throws PlanException {
        Set<String> apt = new LinkedHashSet<>();
        for (String pkg : pkgs) {
            apt.add(DockerSyntax.aptPackage(pkg));
        }
        if (apt.isEmpty()) {
            return List.of();
        }
        return List.of(
                "RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y" + " --no-install-recommends "
                        + String.join(" ", apt) + " && apt-get clean && rm -rf /var/lib/apt/lists/*");
    }

    /** One ARG per variable, so --build-arg can override it, then one ENV that keeps it for the image. */
    private static List<String> variableLines(BuildPlan plan) throws PlanException {
        List<String> lines = new ArrayList<>();
        if (plan.variables().isEmpty()) {
            return lines;
        }
        List<String> env = new ArrayList<>();
        for (Map.Entry<String, String> v : plan.variables().entrySet()) {
            String name = DockerSyntax.variableName(v.getKey());
            lines.add("ARG " + name + "=" + DockerSyntax.literal(v.getValue(), "Variable " + name));
            env.add(name + "=\"${" + name + "}\"");
        }
        lines.add("ENV " + String.join(" ", env));
        return lines;
    }

    private static String pathLine(Phase phase) throws PlanException {
        if (phase.paths().isEmpty()) {
            return null;
        }
        return "ENV PATH="
                + DockerSyntax.expanding(
                        String.join(":", phase.paths()) + ":${PATH}", "Phase '" + phase.name() + "' paths");
    }

    /**
     * Shell form, except where the Dockerfile parser would misread the command (line breaks, a trailing backslash,
     * a leading bracket): then the exec form with an explicit shell, which means the same.
     */
    private static String runLine(String cmd, String phase) throws PlanException {
        if (cmd.isBlank()) {
            throw new PlanException("Phase '" + phase + "' has an empty command; remove it from cmds.");
        }
        if (cmd.indexOf('\0') >= 0) {
            throw new PlanException("Phase '" + phase + "' has a command with a NUL character.");
        }
        String trimmed = cmd.strip();
        if (cmd.indexOf('\n') >= 0 || cmd.indexOf('\r') >= 0 || trimmed.endsWith("\\") || trimmed.startsWith("[")) {
            return "RUN " + DockerSyntax.execForm(List.of("/bin/sh", "-c", cmd));
        }
        return "RUN " + cmd;
    }
}
