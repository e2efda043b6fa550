package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.nixpacks.plan.PhaseInputs;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code npm ci}, {@code yarn install}, {@code pnpm i} and {@code bun i} read: the manifests, the lockfile, the
 * package manager's settings and its checked-in release and plugins, and every workspace's {@code package.json}.
 *
 * <p>The whole app is copied first instead when a lifecycle script runs during the install ({@code preinstall},
 * {@code install}, {@code postinstall}, {@code prepare} and its pre/post, {@code prepublish}: they may read any
 * source file), or a dependency points at
 * a folder outside the source folder. A {@code file:}/{@code link:} dependency inside it is copied as an input.
 */
final class NodeInstallInputs {
    /** Files any of the four package managers reads when present. */
    static final List<String> FILES = List.of(
            "package.json",
            "package-lock.json",
            "npm-shrinkwrap.json",
            "yarn.lock",
            "pnpm-lock.yaml",
            "bun.lockb",
            "bun.lock",
            ".npmrc",
            ".yarnrc",
            ".yarnrc.yml",
            "bunfig.toml",
            ".pnpmfile.cjs",
            "pnpm-workspace.yaml",
            // Yarn 2+ runs the release checked in under .yarn/releases and loads .yarn/plugins; .yarn/patches holds
            // the patch: protocol's files. Not .yarn/cache: it is an optional offline mirror, and large.
            ".yarn/releases",
            ".yarn/plugins",
            ".yarn/patches");

    /** Lifecycle scripts npm, yarn and pnpm run as part of an install. */
    static final List<String> INSTALL_SCRIPTS =
            List.of("preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare");

    private static final List<String> DEPENDENCY_FIELDS =
            List.of("dependencies", "devDependencies", "optionalDependencies");

    private NodeInstallInputs() {}

    static InstallInputs of(App app, JsonNode pkg) throws PlanException {
        InstallInputs inputs =
                new InstallInputs(app).addAll(FILES).output(".pnp.cjs").output(".pnp.loader.mjs");
        List<String> manifests = new ArrayList<>();
        manifests.add("package.json");
        manifests.addAll(workspaceManifests(app, pkg));
        for (String manifest : manifests) {
            String dir = parent(manifest);
            inputs.add(manifest);
            inputs.output(dir.isEmpty() ? "node_modules" : dir + "/node_modules");
            JsonNode json = manifest.equals("package.json") ? pkg : readQuietly(app, manifest);
            for (String script : INSTALL_SCRIPTS) {
                if (json.path("scripts").path(script).isTextual()) {
                    inputs.wholeApp(manifest + " has a '" + script + "' script, which the install runs and which may"
                            + " read any file");
                }
            }
            for (String field : DEPENDENCY_FIELDS) {
                for (Map.Entry<String, JsonNode> dep : json.path(field).properties()) {
                    localDependency(
                            app,
                            inputs,
                            manifest,
                            dir,
                            dep.getKey(),
                            dep.getValue().asText(""));
                }
            }
        }
        return inputs;
    }

    /** A {@code file:}, {@code link:} or {@code portal:} dependency is an input; outside the app it cannot be one. */
    private static void localDependency(
            App app, InstallInputs inputs, String manifest, String dir, String name, String spec) {
        String path = null;
        for (String protocol : List.of("file:", "link:", "portal:")) {
            if (spec.startsWith(protocol)) {
                path = spec.substring(protocol.length());
            }
        }
        if (path == null) {
            return;
        }
        String rel = InstallInputs.normalize(dir.isEmpty() ? path : dir + "/" + path);
        if (rel == null || !app.exists(rel)) {
            inputs.wholeApp(
                    manifest + " depends on " + name + " at " + spec + ", outside the source folder or missing");
        } else {
            inputs.add(rel);
        }
    }

    /** The {@code package.json} of every workspace: {@code workspaces} in package.json, pnpm-workspace.yaml. */
    static List<String> workspaceManifests(App app, JsonNode pkg) throws PlanException {
        List<String> globs = new ArrayList<>();
        JsonNode ws = pkg.path("workspaces");
        for (JsonNode g : ws.isArray() ? ws : ws.path("packages")) {
            if (g.isTextual()) {
                globs.add(g.asText());
            }
        }
        globs.addAll(pnpmWorkspaceGlobs(app.readTextOrEmpty("pnpm-workspace.yaml")));
        if (globs.isEmpty()) {
            return List.of();
        }
        List<Pattern> include = new ArrayList<>();
        List<Pattern> exclude = new ArrayList<>();
        for (String g : globs) {
            if (g.startsWith("!")) {
                exclude.add(glob(g.substring(1)));
            } else {
                include.add(glob(g));
            }
        }
        List<String> found = new ArrayList<>();
        for (String file : app.findFiles(rel -> rel.endsWith("/package.json"), 8)) {
            String dir = parent(file);
            if (include.stream().anyMatch(p -> p.matcher(dir).matches())
                    && exclude.stream().noneMatch(p -> p.matcher(dir).matches())) {
                found.add(file);
            }
        }
        return found;
    }

    /** The {@code packages:} list of pnpm-workspace.yaml, read line by line (the file is a flat YAML list). */
    static List<String> pnpmWorkspaceGlobs(String yaml) {
        List<String> globs = new ArrayList<>();
        boolean inPackages = false;
        for (String line : yaml.split("\r?\n")) {
            String stripped = line.replaceAll("\\s+#.*$", "");
            if (stripped.isBlank() || stripped.trim().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(stripped.charAt(0)) && !stripped.startsWith("-")) {
                inPackages = stripped.startsWith("packages:");
                continue;
            }
            String item = stripped.trim();
            if (inPackages && item.startsWith("-")) {
                item = item.substring(1).trim();
                if (item.length() >= 2
                        && (item.startsWith("'") && item.endsWith("'")
                                || item.startsWith("\"") && item.endsWith("\""))) {
                    item = item.substring(1, item.length() - 1);
                }
                if (!item.isEmpty()) {
                    globs.add(item);
                }
            }
        }
        return globs;
    }

    /** A workspace glob as a regex over folder paths: {@code **} any folders, {@code *} and {@code ?} within one. */
    static Pattern glob(String glob) {
        String g = glob.trim();
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        while (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        if (g.endsWith("/package.json")) {
            g = g.substring(0, g.length() - "/package.json".length());
        }
        return PhaseInputs.glob(g);
    }

    private static String parent(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static JsonNode readQuietly(App app, String file) {
        try {
            return app.readJson(file);
        } catch (PlanException e) {
            return MissingNode.getInstance();
        }
    }
}
