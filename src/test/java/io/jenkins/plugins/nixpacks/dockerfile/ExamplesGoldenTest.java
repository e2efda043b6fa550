package io.jenkins.plugins.nixpacks.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One example app per provider and notable case under {@code src/test/resources/examples/<name>/}, each with the
 * plan and Dockerfile it must produce ({@code expected-plan.json}, {@code expected.Dockerfile}). An example may
 * hold {@code test-env.properties} (the build's environment) and {@code test-options.json} (the step's options).
 *
 * <p>{@code -Dgolden.update=true} rewrites the golden files; without it any difference fails.
 */
class ExamplesGoldenTest {
    static final Path EXAMPLES = Paths.get("src", "test", "resources", "examples");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** Marks where the cache hooks go, so the golden Dockerfiles show the placement. */
    static final CacheHooks MARKERS = new CacheHooks() {
        @Override
        public List<String> restore(String phase, List<CacheDir> dirs) {
            return List.of("# cache restore for " + phase + ": " + paths(dirs));
        }

        @Override
        public List<String> save(List<CacheDir> dirs) {
            return List.of("# cache save: " + paths(dirs));
        }

        private String paths(List<CacheDir> dirs) {
            return dirs.stream().map(CacheDir::absolutePath).collect(Collectors.joining(" "));
        }
    };

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(dirs).as("example apps").hasSizeGreaterThanOrEqualTo(20);
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(String.valueOf(dir.getFileName()), () -> check(dir)));
    }

    private static void check(Path dir) throws Exception {
        BuildPlan plan = PlanGenerator.generate(dir, options(dir), env(dir));
        String json = plan.toJson();
        String dockerfile = DockerfileGenerator.generate(plan, MARKERS);
        compare(dir.resolve("expected-plan.json"), json);
        compare(dir.resolve("expected.Dockerfile"), dockerfile);
        // The golden plan also reads back to the same plan, in JSON and in TOML.
        assertThat(BuildPlan.fromJson(json)).isEqualTo(plan);
        assertThat(BuildPlan.fromToml(plan.toToml())).isEqualTo(plan);
    }

    static void compare(Path golden, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden)
                .as("golden file %s is missing; run with -Dgolden.update=true to create it", golden)
                .exists();
        assertThat(actual)
                .as("%s differs; if the change is intended, run with -Dgolden.update=true and review the diff", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static Map<String, String> env(Path dir) throws IOException {
        Path file = dir.resolve("test-env.properties");
        Map<String, String> env = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            p.stringPropertyNames().stream().sorted().forEach(k -> env.put(k, p.getProperty(k)));
        }
        return env;
    }

    static PlanOptions options(Path dir) throws IOException {
        Path file = dir.resolve("test-options.json");
        if (!Files.exists(file)) {
            return PlanOptions.NONE;
        }
        JsonNode o = new ObjectMapper().readTree(file.toFile());
        Map<String, String> vars = new LinkedHashMap<>();
        o.path("variables")
                .fields()
                .forEachRemaining(e -> vars.put(e.getKey(), e.getValue().asText()));
        return PlanOptions.builder()
                .providers(strings(o.path("providers")))
                .buildImage(text(o, "buildImage"))
                .runImage(text(o, "runImage"))
                .installCmd(text(o, "installCmd"))
                .buildCmd(text(o, "buildCmd"))
                .startCmd(text(o, "startCmd"))
                .aptPkgs(strings(o.path("aptPkgs")))
                .variables(vars)
                .cacheDirectories(strings(o.path("cacheDirectories")))
                .configFile(text(o, "configFile"))
                .build();
    }

    private static String text(JsonNode o, String field) {
        return o.path(field).isTextual() ? o.path(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The comparison is exact: one changed character in a golden file fails. */
    @Test
    void aChangedGoldenFileFails() throws Exception {
        Path dir = EXAMPLES.resolve("node-npm");
        String json = PlanGenerator.generate(dir, PlanOptions.NONE, Map.of()).toJson();
        Path tmp = Files.createTempFile("golden", ".json");
        try {
            Files.writeString(tmp, json.replace("npm ci", "npm  ci"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                        if (UPDATE) {
                            throw new AssertionError("update mode writes instead of comparing");
                        }
                        compare(tmp, json);
                    })
                    .isInstanceOf(AssertionError.class);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
