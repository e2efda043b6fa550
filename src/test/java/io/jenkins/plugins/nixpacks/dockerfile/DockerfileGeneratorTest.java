package io.jenkins.plugins.nixpacks.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DockerfileGeneratorTest {
    private static BuildPlan plan(String toml) throws PlanException {
        return BuildPlan.fromToml(toml, "test.toml");
    }

    private static final String BASE = "buildImage = \"debian:bookworm\"\n[phases.setup]\n[start]\ncmd = \"run\"\n";

    @Test
    void goldenDockerfilesUseClassicBuilderSyntaxAndCopyTheSourceOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ExamplesGoldenTest.EXAMPLES)) {
            files = s.filter(p -> p.getFileName().toString().equals("expected.Dockerfile"))
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(text)
                    .as(f.toString())
                    .doesNotContain("--mount", "--link", "<<", "# syntax")
                    .containsOnlyOnce("COPY . /app/.")
                    .containsOnlyOnce(" AS build\n");
            // The run stage copies the app once: from 'app' when cache folders under /app were dropped there.
            long appCopies = text.lines()
                    .filter(l -> l.startsWith("COPY --from=build /app") || l.startsWith("COPY --from=app /app"))
                    .count();
            assertThat(appCopies).as(f.toString()).isEqualTo(1);
            assertThat(text.contains("FROM build AS app\n"))
                    .as(f.toString())
                    .isEqualTo(text.contains("COPY --from=app /app"));
            // Dependency-first: an install that copies its own files runs before the whole app is copied.
            int install = text.indexOf("# install phase\n");
            int installRun = text.indexOf("\nRUN ", Math.max(install, 0));
            if (install >= 0
                    && installRun >= 0
                    && !text.substring(install, installRun).contains("COPY . ")) {
                assertThat(installRun).as(f.toString()).isLessThan(text.indexOf("COPY . /app/."));
            }
            String[] lines = text.split("\n");
            if (!f.getParent().getFileName().toString().equals("node-no-start")) {
                assertThat(lines[lines.length - 1]).as(f.toString()).startsWith("CMD [\"/bin/sh\", \"-c\", ");
            }
        }
    }

    @Test
    void hooksGoAfterTheCopyAndEachFolderIsRestoredOnce() throws Exception {
        BuildPlan plan = plan("buildImage = \"golang:1.23\"\n[phases.setup]\n"
                + "[phases.install]\ndependsOn = [\"setup\"]\ncmds = [\"go mod download\"]\n"
                + "cacheDirectories = [\"/root/.cache/go-build\", \"~/go/pkg/mod\"]\n"
                + "[phases.build]\ndependsOn = [\"install\"]\ncmds = [\"go build -o out\"]\n"
                + "cacheDirectories = [\"/root/.cache/go-build\", \"vendor/cache\"]\n"
                + "[start]\ncmd = \"./out\"\n");
        List<String> calls = new ArrayList<>();
        CacheHooks recording = new CacheHooks() {
            @Override
            public List<String> restore(String phase, List<CacheDir> dirs) {
                calls.add("restore " + phase + " " + dirs);
                return List.of("RUN restore-" + phase);
            }

            @Override
            public List<String> save(List<CacheDir> dirs) {
                calls.add("save " + dirs);
                return List.of("RUN save");
            }
        };
        String dockerfile = DockerfileGenerator.generate(plan, recording);
        assertThat(calls)
                .containsExactly(
                        "restore install [/root/.cache/go-build, ~/go/pkg/mod (/root/go/pkg/mod)]",
                        "restore build [vendor/cache (/app/vendor/cache)]",
                        "save [/root/.cache/go-build, ~/go/pkg/mod (/root/go/pkg/mod), vendor/cache"
                                + " (/app/vendor/cache)]");
        List<String> lines = Arrays.asList(dockerfile.split("\n"));
        assertThat(lines.indexOf("COPY . /app/.")).isLessThan(lines.indexOf("RUN restore-install"));
        assertThat(lines.indexOf("RUN restore-install")).isEqualTo(lines.indexOf("RUN go mod download") - 1);
        assertThat(lines.indexOf("RUN restore-build")).isEqualTo(lines.indexOf("RUN go build -o out") - 1);
        assertThat(lines.indexOf("RUN save")).isGreaterThan(lines.indexOf("RUN go build -o out"));
        // The build stage keeps the cache folders (the save reads them, the layer cache is made of it); the app
        // stage drops those under /app, and the run stage copies the app from there.
        assertThat(lines.indexOf("FROM build AS app")).isGreaterThan(lines.indexOf("RUN save"));
        assertThat(lines.indexOf("RUN rm -rf /app/vendor/cache")).isEqualTo(lines.indexOf("FROM build AS app") + 1);
        assertThat(lines.indexOf("RUN rm -rf /app/vendor/cache")).isLessThan(lines.indexOf("FROM golang:1.23"));
        assertThat(lines).contains("COPY --from=app /app /app");
    }

    @Test
    void phasesWithoutCommandsRestoreNothingAndSaveIsSkippedWithoutFolders() throws Exception {
        BuildPlan plan = plan(BASE + "[phases.build]\ncacheDirectories = [\"node_modules/.cache\"]\n");
        List<String> calls = new ArrayList<>();
        String dockerfile = DockerfileGenerator.generate(plan, new CacheHooks() {
            @Override
            public List<String> restore(String phase, List<CacheDir> dirs) {
                calls.add("restore");
                return List.of();
            }

            @Override
            public List<String> save(List<CacheDir> dirs) {
                calls.add("save");
                return List.of();
            }
        });
        assertThat(calls).isEmpty();
        // The folder still never reaches the run stage.
        assertThat(dockerfile).contains("RUN rm -rf /app/node_modules/.cache\n");
    }

    @Test
    void variablesAreTakenLiterally() throws Exception {
        BuildPlan plan = plan(BASE + "[variables]\nGREETING = 'say \"hi\" to $USER \\ now'\n");
        String dockerfile = DockerfileGenerator.generate(plan);
        assertThat(dockerfile)
                .contains("ARG GREETING=\"say \\\"hi\\\" to \\$USER \\\\ now\"\n")
                .contains("ENV GREETING=\"${GREETING}\"\n");
        assertThatThrownBy(() -> DockerfileGenerator.generate(plan(BASE + "[variables]\n\"MY-VAR\" = \"x\"\n")))
                .hasMessageContaining("Variable name 'MY-VAR' is not usable in a Dockerfile");
        assertThatThrownBy(() -> DockerfileGenerator.generate(plan(BASE + "[variables]\nA = \"x\\ny\"\n")))
                .hasMessage("Variable A contains a line break, which a Dockerfile line cannot hold.");
    }

    @Test
    void commandsTheParserWouldMisreadUseTheExecForm() throws Exception {
        BuildPlan plan = plan(BASE + "[phases.build]\ncmds = [\"echo a &&\\\\\", \"printf '1\\n2'\", "
                + "\"[ -f x ] || touch x\", \"echo plain\"]\n");
        String dockerfile = DockerfileGenerator.generate(plan);
        assertThat(dockerfile)
                .contains("RUN [\"/bin/sh\", \"-c\", \"echo a &&\\\\\"]\n")
                .contains("RUN [\"/bin/sh\", \"-c\", \"printf '1\\n2'\"]\n")
                .contains("RUN [\"/bin/sh\", \"-c\", \"[ -f x ] || touch x\"]\n")
                .contains("RUN echo plain\n");
        assertThatThrownBy(() -> DockerfileGenerator.generate(plan(BASE + "[phases.build]\ncmds = [\" \"]\n")))
                .hasMessage("Phase 'build' has an empty command; remove it from cmds.");
    }

    @Test
    void onlyIncludeFilesCopyBeforeTheFullSource() throws Exception {
        BuildPlan plan = plan("buildImage = \"ruby:3.3\"\n[phases.setup]\n"
                + "[phases.install]\ndependsOn = [\"setup\"]\nonlyIncludeFiles = [\"Gemfile\", \"./Gemfile.lock\"]\n"
                + "cmds = [\"bundle install\"]\n"
                + "[phases.build]\ndependsOn = [\"install\"]\ncmds = [\"rake\"]\n"
                + "[start]\ncmd = \"rackup\"\nrunImage = \"ruby:3.3-slim\"\nonlyIncludeFiles = [\"config.ru\", \"lib\"]\n"
                + "user = \"1000:1000\"\n");
        String dockerfile = DockerfileGenerator.generate(plan);
        assertThat(dockerfile)
                .contains("COPY Gemfile /app/Gemfile\nCOPY Gemfile.lock /app/Gemfile.lock\nRUN bundle install\n")
                .contains("# build phase\nCOPY . /app/.\nRUN rake\n")
                .contains("FROM ruby:3.3-slim\nWORKDIR /app/\nCOPY --from=build /app/config.ru /app/config.ru\n"
                        + "COPY --from=build /app/lib /app/lib\nUSER 1000:1000\nCMD")
                .doesNotContain("useradd");
        assertThatThrownBy(() -> DockerfileGenerator.generate(
                        plan(BASE + "[phases.build]\nonlyIncludeFiles = [\"../etc\"]\ncmds = [\"x\"]\n")))
                .hasMessage("Phase 'build' onlyIncludeFiles entry '../etc' is not a plain relative path inside the"
                        + " source folder.");
    }

    @Test
    void withoutRunImageTheRunStageRepeatsTheSetupLines() throws Exception {
        BuildPlan plan = plan("buildImage = \"debian:bookworm\"\n[staticAssets]\n\"conf/app.conf\" = \"x = 1\\n\"\n"
                + "[phases.setup]\naptPkgs = [\"curl\", \"git=1:2.39.5-0+deb12u1\"]\n"
                + "[phases.build]\npaths = [\"/app/bin\"]\ncmds = [\"make\"]\n[start]\ncmd = \"app\"\n");
        String dockerfile = DockerfileGenerator.generate(plan);
        String setup = "RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y"
                + " --no-install-recommends curl git=1:2.39.5-0+deb12u1 && apt-get clean && rm -rf /var/lib/apt/lists/*\n"
                + "RUN mkdir -p /assets/conf && echo 'eCA9IDEK' | base64 -d > /assets/conf/app.conf\n";
        assertThat(dockerfile)
                .startsWith("# Generated from a Nixpacks build plan\nFROM debian:bookworm AS build\nWORKDIR /app/\n"
                        + setup)
                .contains("# run stage\nFROM debian:bookworm\nWORKDIR /app/\n" + setup
                        + "ENV PATH=\"/app/bin:${PATH}\"\nCOPY --from=build /app /app\n");
        assertThatThrownBy(() -> DockerfileGenerator.generate(
                        plan(BASE.replace("[phases.setup]\n", "[phases.setup]\naptPkgs = [\"curl; rm -rf /\"]\n"))))
                .hasMessage("'curl; rm -rf /' is not a Debian package name (aptPkgs).");
    }

    @Test
    void buildOnlyPackagesStayInTheBuildStage() throws Exception {
        String apt = "RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ";
        String end = " && apt-get clean && rm -rf /var/lib/apt/lists/*\n";
        String asset = "RUN mkdir -p /assets && echo 'eA==' | base64 -d > /assets/a\n";
        BuildPlan plan = plan("buildImage = \"debian:bookworm\"\n[staticAssets]\na = \"x\"\n"
                + "[phases.setup]\naptPkgs = [\"g++\", \"make\", \"libpq-dev\"]\n"
                + "[phases.build]\ncmds = [\"make\"]\n[start]\ncmd = \"app\"\naptPkgs = [\"libpq5\"]\n");
        String dockerfile = DockerfileGenerator.generate(plan);
        // The run stage's lines come first in the build stage, so the run stage takes them from its layers.
        assertThat(dockerfile)
                .startsWith("# Generated from a Nixpacks build plan\nFROM debian:bookworm AS build\nWORKDIR /app/\n"
                        + apt + "libpq5" + end + asset + apt + "g++ make libpq-dev" + end)
                .contains("# run stage\nFROM debian:bookworm\nWORKDIR /app/\n" + apt + "libpq5" + end + asset
                        + "COPY --from=build /app /app\n");
        assertThat(dockerfile.substring(dockerfile.indexOf("# run stage"))).doesNotContain("g++");

        // On a run image of its own, the run stage installs only its packages, and nothing when it has none.
        String onRunImage = DockerfileGenerator.generate(
                plan.toBuilder().runImage("debian:bookworm-slim").build());
        assertThat(onRunImage)
                .contains("FROM debian:bookworm AS build\nWORKDIR /app/\n" + apt + "g++ make libpq-dev" + end + asset)
                .contains("# run stage\nFROM debian:bookworm-slim\nWORKDIR /app/\n" + apt + "libpq5" + end
                        + "COPY --from=build /assets /assets\n");
        String none = DockerfileGenerator.generate(
                plan.toBuilder().runAptPkgs(List.of()).build());
        assertThat(none.substring(none.indexOf("# run stage"))).doesNotContain("apt-get");
        assertThatThrownBy(() -> DockerfileGenerator.generate(
                        plan.toBuilder().runAptPkgs(List.of("x && curl evil")).build()))
                .hasMessage("'x && curl evil' is not a Debian package name (aptPkgs).");
    }

    @Test
    void withoutStartAptPkgsARunImageGetsNoPackagesAsInNixpacks() throws Exception {
        BuildPlan plan = plan("buildImage = \"debian:bookworm\"\n[phases.setup]\naptPkgs = [\"gcc\"]\n"
                + "[phases.build]\ncmds = [\"make\"]\n[start]\ncmd = \"app\"\nrunImage = \"debian:bookworm-slim\"\n");
        String dockerfile = DockerfileGenerator.generate(plan);
        assertThat(dockerfile.substring(dockerfile.indexOf("# run stage"))).doesNotContain("apt-get");
        assertThat(dockerfile).contains("--no-install-recommends gcc &&");
    }

    @Test
    void nixPackagesInstallOnANixpacksImageOnly() throws Exception {
        String nix = "[phases.setup]\nnixPkgs = [\"nodejs_18\"]\nnixLibs = [\"zlib\"]\n[start]\ncmd = \"run\"\n";
        String dockerfile = DockerfileGenerator.generate(
                plan("buildImage = \"ghcr.io/railwayapp/nixpacks:ubuntu-1745885067\"\n" + nix));
        assertThat(dockerfile)
                .contains("RUN nix-env -f https://github.com/NixOS/nixpkgs/archive/"
                        + "5148520bfab61f99fd25fb9ff7bfbb50dad3c9db.tar.gz -iA nodejs_18 zlib && nix-collect-garbage"
                        + " -d\n");
        assertThatThrownBy(() -> DockerfileGenerator.generate(plan("buildImage = \"node:20\"\n" + nix)))
                .hasMessageStartingWith(
                        "The plan asks for Nix packages nodejs_18 (setup.nixPkgs), zlib (setup.nixLibs),"
                                + " but the build image node:20 is not a Nixpacks image");
        assertThatThrownBy(() -> DockerfileGenerator.generate(plan("buildImage = \"nixpacks:x\"\n"
                        + nix.replace("[start]", "nixOverlays = [\"https://x\"]\n[start]"))))
                .hasMessageContaining("uses Nix overlays (https://x), which this plugin does not support");
    }

    @Test
    void badImagesUsersAndMissingStartAreRefused() throws Exception {
        assertThatThrownBy(() -> DockerfileGenerator.generate(plan(BASE.replace("debian:bookworm", "debian bookworm"))))
                .hasMessageStartingWith("The build image 'debian bookworm' is not an image name");
        assertThatThrownBy(() -> DockerfileGenerator.generate(
                        plan(BASE).toBuilder().runImage("x\nRUN evil").build()))
                .hasMessageStartingWith("The run image 'x\nRUN evil' is not an image name");
        assertThatThrownBy(() -> DockerfileGenerator.generate(
                        plan(BASE.replace("cmd = \"run\"", "cmd = \"run\"\nuser = \"root; id\""))))
                .hasMessage("start.user 'root; id' is not a user name or uid.");
        // No start command: the build decides (noErrorWithoutStart); the image then has no CMD.
        assertThat(DockerfileGenerator.generate(plan("buildImage = \"debian\"\n")))
                .doesNotContain("CMD ");
        assertThatThrownBy(() -> DockerfileGenerator.generate(plan(BASE + "[phases.a]\ndependsOn = [\"b\"]\n")))
                .hasMessageStartingWith("Phase 'a' depends on 'b'");
    }

    @Test
    void startCommandIsJsonEscaped() throws Exception {
        String dockerfile =
                DockerfileGenerator.generate(plan(BASE.replace("cmd = \"run\"", "cmd = 'echo \"a,b\" \\ $PORT'")));
        assertThat(dockerfile).endsWith("CMD [\"/bin/sh\", \"-c\", \"echo \\\"a,b\\\" \\\\ $PORT\"]\n");
    }
}
