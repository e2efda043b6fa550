package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The Snippet Generator's output for a step with every option set, as docs/jenkins.md shows it. No Jenkins runs
 * here, so the output is derived from the rules of the real sources (structs' DescribableModel.uninstantiate2:
 * parameters in a TreeMap, those equal to a fresh instance's left out; workflow-cps' Snippetizer.functionCall and
 * object2Groovy: {@code name key: value, ...} without parentheses, strings in single quotes with \ and ' escaped,
 * lists as {@code ['a', 'b']}), not captured. The test keeps the docs in step with the options.
 */
class SnippetDocTest {
    @Test
    void docsShowTheSnippetOfAStepWithEveryOptionSet() throws Exception {
        NixpacksBuildStep step = new NixpacksBuildStep();
        step.setImage("registry.example.com/team/app:42");
        step.setPath("app");
        step.setPush(true);
        step.setCacheImage("registry.example.com/team/app-cache:main");
        step.setCacheFrom(List.of("registry.example.com/team/app-cache:develop"));
        step.setSaveCache(false);
        step.setCacheDirectories(List.of("/root/.cache/pip"));
        step.setStrictCache(true);
        step.setRegistryUrl("https://registry.example.com");
        step.setRegistryCredentialsId("registry");
        step.setLayerCacheFrom(List.of("registry.example.com/team/app:41"));
        step.setNoCache(true);
        step.setNetworkMode("bridge");
        step.setBuildImage("node:22-bookworm");
        step.setRunImage("node:22-bookworm-slim");
        step.setInstallCmd("npm ci");
        step.setBuildCmd("npm run build");
        step.setStartCmd("node server.js");
        step.setAptPkgs(List.of("libpq-dev"));
        step.setVariables(List.of("NODE_ENV=production"));
        step.setProviders(List.of("node"));
        step.setConfigFile("nixpacks.ci.toml");
        step.setDockerfile("Dockerfile.ci");
        step.setIgnoreDockerfile(true);
        step.setNoErrorWithoutStart(true);
        step.setPlanFile("plan.json");
        step.setBuildArgs(List.of("VERSION=42"));
        step.setLabels(List.of("org.opencontainers.image.vendor=Example"));

        String snippet = snippet(step);

        assertThat(snippet.split(", ").length - 1)
                .as("every option is set (one argument each)")
                .isEqualTo(StepOptionsCount.count() - 1);
        String docs = Files.readString(Path.of("docs/jenkins.md"), StandardCharsets.UTF_8);
        assertThat(docs).as("docs/jenkins.md holds the generator's one line").contains("\n" + snippet + "\n");
    }

    /** DescribableModel.uninstantiate2 + Snippetizer.functionCall, for a step whose options are all setters. */
    static String snippet(NixpacksBuildStep step) throws Exception {
        NixpacksBuildStep control = new NixpacksBuildStep();
        Map<String, Object> args = new TreeMap<>();
        for (Method setter : NixpacksBuildStep.class.getMethods()) {
            if (!setter.isAnnotationPresent(DataBoundSetter.class)) {
                continue;
            }
            String cap = setter.getName().substring(3);
            Method getter;
            try {
                getter = NixpacksBuildStep.class.getMethod("get" + cap);
            } catch (NoSuchMethodException e) {
                getter = NixpacksBuildStep.class.getMethod("is" + cap);
            }
            Object v = getter.invoke(step);
            if (!Objects.equals(v, getter.invoke(control))) {
                args.put(Character.toLowerCase(cap.charAt(0)) + cap.substring(1), v);
            }
        }
        List<String> parts = new ArrayList<>();
        args.forEach((k, v) -> parts.add(k + ": " + groovy(v)));
        return "nixpacksBuild " + String.join(", ", parts);
    }

    private static String groovy(Object v) {
        if (v instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(i -> items.add(groovy(i)));
            return "[" + String.join(", ", items) + "]";
        }
        return String.valueOf(v);
    }

    private static final class StepOptionsCount {
        static int count() {
            int n = 0;
            for (Method m : NixpacksBuildStep.class.getMethods()) {
                if (m.isAnnotationPresent(DataBoundSetter.class)) {
                    n++;
                }
            }
            return n;
        }
    }
}
