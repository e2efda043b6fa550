package io.jenkins.plugins.nixpacks.plan;

import io.jenkins.plugins.nixpacks.docker.DockerIgnore;
import io.jenkins.plugins.nixpacks.plan.providers.App;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes each phase's {@code onlyIncludeFiles} something the Dockerfile can copy, once every layer is merged: the
 * files a phase copies before its commands are also the inputs the layer cache compares, so they must be exact.
 *
 * <ul>
 *   <li>A provider's list describes the provider's own commands: when a config file, the environment or the step
 *       replaces a phase's commands without giving files, the phase copies the whole app again.
 *   <li>An entry that is not in the source folder, or that {@code .dockerignore} leaves out of the build context,
 *       is dropped (a {@code COPY} of it would fail the build); what is left of a folder is still copied.
 *   <li>A pattern ({@code *}, {@code ?}) is expanded to the files it matches: the classic builder fails on a
 *       pattern that matches nothing and flattens one that matches several into one folder.
 * </ul>
 * Each change is a note on the plan, printed with it.
 */
public final class PhaseInputs {
    private static final int MAX_DEPTH = 12;

    private PhaseInputs() {}

    static BuildPlan check(BuildPlan merged, BuildPlan providerLayer, BuildPlan upper, App app) throws PlanException {
        DockerIgnore ignore;
        try {
            ignore = DockerIgnore.read(app.root());
        } catch (IOException e) {
            ignore = DockerIgnore.none();
        }
        List<String> notes = new ArrayList<>();
        Map<String, Phase> phases = new LinkedHashMap<>();
        for (Map.Entry<String, Phase> e : merged.phases().entrySet()) {
            String name = e.getKey();
            Phase phase = e.getValue();
            List<String> files = phase.onlyIncludeFiles;
            Phase fromProvider = providerLayer.phase(name);
            Phase fromUser = upper.phase(name);
            if (files != null
                    && fromUser != null
                    && fromUser.cmds != null
                    && fromUser.onlyIncludeFiles == null
                    && fromProvider != null
                    && fromProvider.onlyIncludeFiles != null) {
                notes.add(name + " copies the whole app first: its commands were replaced, and the provider's input"
                        + " files describe only its own commands (set onlyIncludeFiles with the commands to keep a"
                        + " dependency-first layer).");
                files = null;
            }
            if (files != null) {
                files = copyable(name, files, ignore, app, notes);
            }
            phases.put(name, phase.toBuilder().setOnlyIncludeFiles(files).build());
        }
        return merged.toBuilder().phases(phases).build().withNotes(notes);
    }

    private static List<String> copyable(
            String phase, List<String> files, DockerIgnore ignore, App app, List<String> notes) throws PlanException {
        Set<String> out = new LinkedHashSet<>();
        for (String file : files) {
            String f = file.startsWith("./") ? file.substring(2) : file;
            List<String> expanded = List.of(f);
            if (f.indexOf('*') >= 0 || f.indexOf('?') >= 0) {
                Pattern p = glob(f);
                expanded = app.findFiles(rel -> p.matcher(rel).matches(), MAX_DEPTH);
                if (expanded.isEmpty()) {
                    notes.add(phase + ": onlyIncludeFiles entry " + file + " matches no file; nothing copied for it.");
                }
            }
            for (String one : expanded) {
                if (!app.exists(one)) {
                    notes.add(phase + ": onlyIncludeFiles entry " + one + " is not in the source folder; nothing"
                            + " copied for it.");
                } else if (ignore.excludes(one)) {
                    notes.add(phase + ": " + one + " is left out by .dockerignore, so it is not copied before the"
                            + " phase.");
                } else {
                    out.add(one);
                }
            }
        }
        if (out.isEmpty() && !files.isEmpty()) {
            notes.add(phase + " copies the whole app first: none of its input files is in the build context.");
        }
        return new ArrayList<>(out);
    }

    /**
     * A path pattern as a regex over relative paths: {@code **} any number of folders, {@code *} and {@code ?}
     * within one name, as in .dockerignore and workspace globs.
     */
    public static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                re.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
