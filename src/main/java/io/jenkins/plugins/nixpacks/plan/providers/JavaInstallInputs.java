package io.jenkins.plugins.nixpacks.plan.providers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Maven's dependency resolution reads: every {@code pom.xml} of the reactor (the root's {@code <modules>},
 * followed down), {@code .mvn/} (extensions, {@code maven.config}, the wrapper) and {@code mvnw}.
 *
 * <p>The whole app is copied first instead when a POM makes resolution depend on other files: a
 * {@code <systemPath>} dependency, a profile activated by a file's presence, a module or parent outside the source
 * folder or missing.
 */
final class JavaInstallInputs {
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern MODULE =
            Pattern.compile("<(?:module|subproject)>\\s*([^<]+?)\\s*</(?:module|subproject)>");
    private static final Pattern RELATIVE_PATH = Pattern.compile("<relativePath>\\s*([^<]+?)\\s*</relativePath>");
    private static final Pattern FILE_ACTIVATION = Pattern.compile("(?s)<activation>.*?<file>.*?</activation>");

    private JavaInstallInputs() {}

    static InstallInputs maven(App app) {
        InstallInputs inputs = new InstallInputs(app);
        Deque<String> todo = new ArrayDeque<>(List.of("pom.xml"));
        Set<String> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String pom = todo.poll();
            if (!seen.add(pom)) {
                continue;
            }
            if (!app.isFile(pom)) {
                inputs.wholeApp("the module POM " + pom + " is missing or outside the source folder");
                continue;
            }
            inputs.add(pom);
            String text = COMMENT.matcher(app.readTextOrEmpty(pom)).replaceAll("");
            String dir = InstallInputs.parent(pom);
            if (text.contains("<systemPath>")) {
                inputs.wholeApp(pom + " has a <systemPath> dependency, a file of the app");
            }
            if (FILE_ACTIVATION.matcher(text).find()) {
                inputs.wholeApp(pom + " has a profile activated by a file");
            }
            Matcher rel = RELATIVE_PATH.matcher(text);
            if (rel.find() && !rel.group(1).isEmpty()) {
                String parentPom = InstallInputs.resolve(dir, rel.group(1));
                if (parentPom != null && !parentPom.endsWith(".xml")) {
                    parentPom = parentPom + "/pom.xml";
                }
                if (parentPom == null || !app.isFile(parentPom)) {
                    inputs.wholeApp(pom + " names a parent at " + rel.group(1) + ", outside the source folder");
                } else {
                    todo.add(parentPom);
                }
            }
            Matcher m = MODULE.matcher(text);
            while (m.find()) {
                String module = InstallInputs.resolve(dir, m.group(1));
                if (module == null) {
                    inputs.wholeApp(pom + " has the module " + m.group(1) + ", outside the source folder");
                    continue;
                }
                todo.add(module.endsWith(".xml") ? module : module + "/pom.xml");
            }
        }
        inputs.add(".mvn").add("mvnw");
        return inputs;
    }
}
