package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.docker.DockerIgnore;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files an install phase reads, so the Dockerfile copies only those before the install runs and the whole app
 * after it (dependency-first layers): a source change then leaves the install layer, and its key, as it was.
 *
 * <p>Only paths that exist are listed, each a plain relative path (no glob: a {@code COPY} with a pattern that
 * matches nothing fails on the classic builder, and one that matches several files flattens them). When the
 * install reads more than its provider can name (a path dependency, a {@code postinstall} script, a file name
 * {@code COPY} cannot take), the provider calls {@link #wholeApp}: the install then copies everything, as Nixpacks
 * does, and the plan carries a note saying why.
 */
final class InstallInputs {
    /** What the Dockerfile generator accepts as a {@code COPY} source, without the glob characters. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._@+=,-][A-Za-z0-9._@+=,/-]*");

    private final App app;
    private final Set<String> files = new LinkedHashSet<>();
    private String wholeAppReason;
    private DockerIgnore ignore;

    InstallInputs(App app) {
        this.app = app;
    }

    /** Adds a file or folder when it exists; a name {@code COPY} cannot take means the whole app. */
    InstallInputs add(String rel) {
        if (!app.exists(rel)) {
            return this;
        }
        if (!PLAIN.matcher(rel).matches() || rel.contains("..") || rel.endsWith("/")) {
            return wholeApp(rel + " has a name a Dockerfile COPY cannot take on its own");
        }
        files.add(rel);
        return this;
    }

    InstallInputs addAll(Collection<String> rels) {
        for (String rel : rels) {
            add(rel);
        }
        return this;
    }

    /**
     * A folder the install writes inside the app ({@code node_modules}, {@code .venv}, ...). When the build context
     * holds it too, the full copy after the install would lay the context's copy over the installed one, so the
     * install then copies the whole app first, as before; a {@code .dockerignore} that leaves it out avoids that.
     */
    InstallInputs output(String rel) {
        if (app.exists(rel) && !ignore().excludes(rel)) {
            wholeApp(rel + " is in the build context and the install writes it (leave it out in .dockerignore to"
                    + " get a dependency-first layer)");
        }
        return this;
    }

    private DockerIgnore ignore() {
        if (ignore == null) {
            ignore = DockerIgnore.parse(app.readTextOrEmpty(".dockerignore"));
        }
        return ignore;
    }

    /** The install reads more than the listed files; the first reason given is the one reported. */
    InstallInputs wholeApp(String reason) {
        if (wholeAppReason == null) {
            wholeAppReason = reason;
        }
        return this;
    }

    boolean copiesWholeApp() {
        return wholeAppReason != null || files.isEmpty();
    }

    List<String> files() {
        return copiesWholeApp() ? List.of() : new ArrayList<>(files);
    }

    /** Why the install copies the whole app, or null when it copies only its inputs. */
    String wholeAppReason() {
        if (wholeAppReason != null) {
            return wholeAppReason;
        }
        return files.isEmpty() ? "none of its input files is in the source folder" : null;
    }

    /**
     * Sets {@code phase}'s {@code onlyIncludeFiles} to the inputs, or, when the install needs the whole app, adds a
     * note to the plan saying so.
     */
    void applyTo(String phaseName, Phase.Builder phase, BuildPlan.Builder plan) {
        String reason = wholeAppReason();
        if (reason != null) {
            plan.note(phaseName + " copies the whole app first (no dependency-first layer): " + reason + ".");
            return;
        }
        for (String f : files) {
            phase.onlyIncludeFile(f);
        }
    }

    /** {@code path} with {@code .} and {@code ..} resolved; null when it leaves the source folder or is empty. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** {@code dir/path} (as a manifest names it, spaces trimmed) resolved; null when it leaves the source folder. */
    static String resolve(String dir, String path) {
        return normalize((dir.isEmpty() ? "" : dir + "/") + path.trim());
    }

    /** The folder of {@code file}, {@code ""} at the top. */
    static String parent(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
