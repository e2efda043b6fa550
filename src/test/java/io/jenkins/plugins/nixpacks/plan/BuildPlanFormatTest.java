package io.jenkins.plugins.nixpacks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildPlanFormatTest {
    static final String FULL_TOML = String.join(
            "\n",
            "providers = [\"node\"]",
            "buildImage = \"ghcr.io/railwayapp/nixpacks:ubuntu-1745885067\"",
            "",
            "[variables]",
            "NODE_ENV = \"production\"",
            "CI = \"true\"",
            "",
            "[staticAssets]",
            "\"nginx.conf\" = \"daemon off;\\n\"",
            "",
            "[phases.setup]",
            "nixPkgs = [\"nodejs_18\", \"npm-8_x\"]",
            "nixLibs = [\"gcc-unwrapped\"]",
            "nixOverlays = [\"https://example.com/overlay.tar.gz\"]",
            "nixpkgsArchive = \"ffeebf0acf3ae8b29f8c7049cd911b9636efd7e7\"",
            "aptPkgs = [\"curl\"]",
            "",
            "[phases.install]",
            "dependsOn = [\"setup\"]",
            "cmds = [\"npm ci\"]",
            "onlyIncludeFiles = [\"package.json\", \"package-lock.json\"]",
            "cacheDirectories = [\"/root/.npm\"]",
            "paths = [\"/app/node_modules/.bin\"]",
            "",
            "[phases.build]",
            "dependsOn = [\"install\"]",
            "cmds = [\"npm run build\"]",
            "",
            "[start]",
            "cmd = \"npm run start\"",
            "runImage = \"node:20-slim\"",
            "onlyIncludeFiles = [\"dist\"]",
            "user = \"node\"",
            "");

    @Test
    void everyFieldSurvivesTomlToJsonToToml() throws Exception {
        BuildPlan plan = BuildPlan.fromToml(FULL_TOML, "nixpacks.toml");
        assertThat(plan.providers()).containsExactly("node");
        assertThat(plan.buildImage()).isEqualTo("ghcr.io/railwayapp/nixpacks:ubuntu-1745885067");
        assertThat(plan.variables())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("NODE_ENV", "production"),
                        org.assertj.core.api.Assertions.entry("CI", "true"));
        assertThat(plan.staticAssets()).containsEntry("nginx.conf", "daemon off;\n");
        Phase setup = plan.phase("setup");
        assertThat(setup.name()).isEqualTo("setup");
        assertThat(setup.nixPkgs()).containsExactly("nodejs_18", "npm-8_x");
        assertThat(setup.nixLibs()).containsExactly("gcc-unwrapped");
        assertThat(setup.nixOverlays()).containsExactly("https://example.com/overlay.tar.gz");
        assertThat(setup.nixpkgsArchive()).isEqualTo("ffeebf0acf3ae8b29f8c7049cd911b9636efd7e7");
        assertThat(setup.aptPkgs()).containsExactly("curl");
        Phase install = plan.phase("install");
        assertThat(install.onlyIncludeFiles()).containsExactly("package.json", "package-lock.json");
        assertThat(install.cacheDirectories()).containsExactly("/root/.npm");
        assertThat(install.paths()).containsExactly("/app/node_modules/.bin");
        assertThat(plan.start()).isEqualTo(new StartPhase("npm run start", "node:20-slim", List.of("dist"), "node"));

        String json = plan.toJson();
        BuildPlan fromJson = BuildPlan.fromJson(json, "plan.json");
        assertThat(fromJson).isEqualTo(plan);
        BuildPlan fromToml = BuildPlan.fromToml(fromJson.toToml(), "plan.toml");
        assertThat(fromToml).isEqualTo(plan);
        assertThat(fromToml.toJson()).isEqualTo(json);
    }

    @Test
    void nixpacksAliasesAreRead() throws Exception {
        BuildPlan plan = BuildPlan.fromJson(
                "{\"phases\":{\"setup\":{\"nixPackages\":[\"go\"],\"nixLibraries\":[\"zlib\"],"
                        + "\"aptPackages\":[\"git\"]},"
                        + "\"build\":{\"commands\":[\"make\"],\"envPaths\":[\"/x\"],\"name\":\"ignored\"}}}",
                "plan.json");
        assertThat(plan.phase("setup").nixPkgs()).containsExactly("go");
        assertThat(plan.phase("setup").nixLibs()).containsExactly("zlib");
        assertThat(plan.phase("setup").aptPkgs()).containsExactly("git");
        assertThat(plan.phase("build").cmds()).containsExactly("make");
        assertThat(plan.phase("build").paths()).containsExactly("/x");
        assertThat(plan.phase("build").name()).isEqualTo("build");
        // Written back under the canonical names.
        assertThat(plan.toJson()).contains("\"nixPkgs\"", "\"cmds\"").doesNotContain("commands", "nixPackages");
    }

    @Test
    void absentAndEmptyValuesAreOmitted() throws Exception {
        BuildPlan plan = BuildPlan.fromJson(
                "{\"providers\":[],\"variables\":{},\"phases\":{\"setup\":{\"cmds\":[],\"aptPkgs\":[]}},"
                        + "\"start\":{\"cmd\":\"run\",\"runImage\":null}}",
                "plan.json");
        assertThat(plan.toJson())
                .isEqualTo(
                        "{\n  \"phases\": {\n    \"setup\": {}\n  },\n  \"start\": {\n    \"cmd\": \"run\"\n  }\n}\n");
        assertThat(plan.toToml()).doesNotContain("providers", "variables", "aptPkgs", "runImage");
    }

    @Test
    void runStagePackagesAreWrittenEvenWhenNone() throws Exception {
        BuildPlan none = BuildPlan.fromToml(
                "[phases.setup]\naptPkgs = [\"g++\"]\n[start]\ncmd = \"run\"\naptPkgs = []\n", "nixpacks.toml");
        // Empty says "install nothing", absent says "as Nixpacks would": the two must survive a round trip apart.
        assertThat(none.start().aptPkgs()).isEmpty();
        assertThat(none.toJson()).contains("\"cmd\": \"run\",\n    \"aptPkgs\": []");
        assertThat(BuildPlan.fromJson(none.toJson())).isEqualTo(none);
        assertThat(BuildPlan.fromToml(none.toToml())).isEqualTo(none);
        assertThat(BuildPlan.fromToml(none.toToml()).runAptPkgs()).isEmpty();
        BuildPlan unsaid = BuildPlan.fromToml("[phases.setup]\naptPkgs = [\"g++\"]\n[start]\ncmd = \"run\"\n");
        assertThat(unsaid.start().aptPkgs()).isNull();
        assertThat(unsaid.runAptPkgs()).containsExactly("g++");
        assertThat(BuildPlan.fromJson("{\"start\":{\"aptPackages\":[\"ffmpeg\"]}}")
                        .runAptPkgs())
                .containsExactly("ffmpeg");
        assertThat(PlanPrinter.text(none))
                .contains("  start: run\n    apt:   none (run stage; build stage only: g++)\n");
        assertThat(PlanPrinter.text(unsaid)).contains("  start: run\n    apt:   g++ (run stage)\n");
    }

    @Test
    void emptyTextIsAnEmptyPlan() throws Exception {
        assertThat(BuildPlan.fromToml("", "nixpacks.toml")).isEqualTo(BuildPlan.empty());
        assertThat(BuildPlan.fromJson("  \n", "nixpacks.json")).isEqualTo(BuildPlan.empty());
        assertThat(BuildPlan.empty().toJson()).isEqualTo("{}\n");
    }

    @Test
    void malformedTomlNamesFileLineAndColumn() {
        String toml = "[phases.build]\ncmds = [\"a\",\n  \"b\"\nfoo = 1\n";
        assertThatThrownBy(() -> BuildPlan.fromToml(toml, "nixpacks.toml"))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("nixpacks.toml, line 4, column 1: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownTomlKeyNamesItsLineAndTheKnownKeys() {
        String toml = "# comment\n[phases.build]\ncommand = [\"make\"]\n";
        assertThatThrownBy(() -> BuildPlan.fromToml(toml, "nixpacks.toml"))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("nixpacks.toml, line 3: unknown key 'command' in phases.build")
                .hasMessageContaining("known keys: ")
                .hasMessageContaining("cmds");
    }

    @Test
    void wrongTypeInTomlSaysWhatWasExpected() {
        String toml = "[phases.build]\n\ncmds = \"make\"\n";
        assertThatThrownBy(() -> BuildPlan.fromToml(toml, "nixpacks.toml"))
                .hasMessage("nixpacks.toml, line 3: phases.build.cmds should be a list of strings.");
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        String json = "{\n  \"phases\": {\n    \"build\": {\"cmds\": [\"make\",]}\n  }\n}";
        assertThatThrownBy(() -> BuildPlan.fromJson(json, "nixpacks.json"))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("nixpacks.json, line 3, column ");
        assertThatThrownBy(() -> BuildPlan.fromJson("{\"start\": {\"cmd\": [1]}}", "nixpacks.json"))
                .hasMessageStartingWith("nixpacks.json, line 1, column ")
                .hasMessageContaining("start.cmd should be a string");
        assertThatThrownBy(() -> BuildPlan.fromJson("{\"bogus\": 1}", "nixpacks.json"))
                .hasMessageContaining("unknown key 'bogus'")
                .hasMessageContaining("buildImage");
    }

    @Test
    void nullEntriesAreRefusedWithTheField() {
        assertThatThrownBy(() -> BuildPlan.fromJson("{\"phases\":{\"b\":{\"cmds\":[null]}}}", "x.json"))
                .hasMessageContaining("phases.b: cmds holds an empty (null) entry");
        assertThatThrownBy(() -> BuildPlan.fromJson("{\"variables\":{\"A\":null}}", "x.json"))
                .hasMessageContaining("variables.A has no value");
    }

    @Test
    void readsByExtension(@TempDir Path dir) throws Exception {
        Path toml = dir.resolve("plan.toml");
        Files.writeString(toml, "[start]\ncmd = \"x\"\n");
        assertThat(BuildPlan.read(toml).startCmd()).isEqualTo("x");
        Path json = dir.resolve("plan.json");
        Files.writeString(json, "{\"start\":{\"cmd\":\"y\"}}");
        assertThat(BuildPlan.read(json).startCmd()).isEqualTo("y");
        Path yaml = dir.resolve("plan.yaml");
        Files.writeString(yaml, "start: x");
        assertThatThrownBy(() -> BuildPlan.read(yaml)).hasMessageContaining("neither .toml nor .json");
        assertThatThrownBy(() -> BuildPlan.read(dir.resolve("missing.toml")))
                .hasMessageContaining("Cannot read config file");
    }

    @Test
    void printerShowsPhasesButNotVariableValues(@TempDir Path dir) throws Exception {
        BuildPlan plan = BuildPlan.fromToml(FULL_TOML, "nixpacks.toml").toBuilder()
                .variable("API_TOKEN", "s3cr3t-value")
                .build();
        String text = PlanPrinter.text(plan);
        assertThat(text)
                .contains("Build plan (providers: node)")
                .contains("  build image: ghcr.io/railwayapp/nixpacks:ubuntu-1745885067")
                .contains("  run image:   node:20-slim")
                .contains("  variables:   NODE_ENV, CI, API_TOKEN")
                .contains("  phase install (after setup)\n    files: package.json package-lock.json\n    $ npm ci\n"
                        + "    cache: /root/.npm\n    path:  /app/node_modules/.bin")
                .contains("  start: npm run start\n    user:  node")
                .doesNotContain("s3cr3t-value");
        Path out = dir.resolve("sub/plan.json");
        PlanPrinter.writeJson(plan, out);
        assertThat(BuildPlan.read(out)).isEqualTo(plan);
    }
}
