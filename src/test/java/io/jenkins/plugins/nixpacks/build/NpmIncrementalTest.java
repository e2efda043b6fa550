package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which installs run on the previous one, and the Dockerfile that does it, without an engine. */
class NpmIncrementalTest {
    private static final ImageReference DEPS =
            ImageReference.parse("reg.example:5000/team/app-cache@sha256:" + "d".repeat(64));

    private static String dockerfile(String installRun, String point) {
        return String.join(
                "\n",
                "FROM node:24-bookworm AS build",
                "WORKDIR /app/",
                "RUN apt-get update && apt-get install -y caddy",
                "ARG CI=\"true\"",
                "ENV CI=\"${CI}\"",
                "",
                "# setup phase",
                "",
                "# install phase",
                "ENV PATH=\"/app/node_modules/.bin:${PATH}\"",
                "COPY package.json /app/package.json",
                "COPY package-lock.json /app/package-lock.json",
                point,
                installRun,
                "",
                "# build phase",
                "COPY . /app/.",
                "RUN npm run build",
                "",
                "# after the last phase",
                "",
                "FROM build AS app",
                "RUN rm -rf /app/node_modules/.cache",
                "",
                "FROM node:24-bookworm",
                "WORKDIR /app/",
                "RUN apt-get update && apt-get install -y caddy",
                "COPY --from=app /app /app",
                "");
    }

    @Test
    void theFirstPointsPhaseQualifiesWhenItsOnlyRunIsNpmCi() {
        assertThat(NpmIncremental.phase(dockerfile("RUN npm ci", CacheHooksImpl.POINT + "install root/.npm"), "build"))
                .isEqualTo("install");
        assertThat(NpmIncremental.phase(dockerfile("RUN npm i", CacheHooksImpl.POINT + "install root/.npm"), "build"))
                .as("npm i without a lockfile: nothing to check the tree against")
                .isNull();
        assertThat(NpmIncremental.phase(
                        dockerfile("RUN npm ci\nRUN npx prisma generate", CacheHooksImpl.POINT + "install root/.npm"),
                        "build"))
                .as("another command in the install")
                .isNull();
        assertThat(NpmIncremental.phase(dockerfile("RUN npm ci", ""), "build"))
                .as("no restore point in the phase: no layer cache decision to make")
                .isNull();
        assertThat(NpmIncremental.phase(
                        dockerfile("RUN npm ci", CacheHooksImpl.POINT + "install root/.npm")
                                .replace("apt-get install -y caddy", "apt-get install -y \\\n caddy"),
                        "build"))
                .isNull();
    }

    @Test
    void theBuildStageIsRebasedOnThePreviousInstallAndTheRunStageIsKept() {
        String rebased = NpmIncremental.rebase(dockerfile("RUN npm ci", ""), "build", "install", DEPS);
        List<String> lines = List.of(rebased.split("\n", -1));
        assertThat(lines)
                .as("the setup steps first, as a stage nothing uses, so their images are on the engine")
                .containsSubsequence(
                        "FROM node:24-bookworm AS nixpacks-setup",
                        "WORKDIR /app/",
                        "RUN apt-get update && apt-get install -y caddy",
                        "ARG CI=\"true\"",
                        "ENV CI=\"${CI}\"",
                        "FROM " + DEPS + " AS build");
        assertThat(lines.subList(lines.indexOf("FROM " + DEPS + " AS build"), lines.size()))
                .as("the setup RUN is in the image; ARG and ENV stay, the build arguments are per stage")
                .containsSubsequence(
                        "WORKDIR /app/",
                        "ARG CI=\"true\"",
                        "ENV CI=\"${CI}\"",
                        "# install phase",
                        "COPY package.json /app/package.json",
                        "COPY package-lock.json /app/package-lock.json",
                        "RUN " + NpmIncremental.COMMAND,
                        "# build phase",
                        "COPY . /app/.",
                        "RUN npm run build",
                        "FROM build AS app",
                        "FROM node:24-bookworm",
                        "RUN apt-get update && apt-get install -y caddy",
                        "COPY --from=app /app /app");
        assertThat(lines.stream().filter(l -> l.startsWith("RUN apt-get")))
                .as("the setup stage's and the run stage's")
                .hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("# ") && l.endsWith(" phase")))
                .as("phase headers once each, in the build stage")
                .containsExactly("# setup phase", "# install phase", "# build phase", "# after the last phase");
        assertThat(lines).doesNotContain("RUN npm ci");
    }

    @Test
    void theCommandFallsBackToNpmCiWhenTheLockfileWouldChange() {
        assertThat(NpmIncremental.COMMAND)
                .contains("npm install")
                .contains("cmp -s package-lock.json /tmp/.nixpacks-lock")
                .endsWith("&& mv /tmp/.nixpacks-lock package-lock.json && npm ci; fi");
    }

    @Test
    void aDockerfileWithoutTheStageOrTheInstallIsRefused() {
        assertThatThrownBy(() -> NpmIncremental.rebase(dockerfile("RUN npm i", ""), "build", "install", DEPS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'RUN npm ci' in its install phase");
    }

    @Test
    void atMostThreeInstallsAreStackedAndOnlyOnAnInstallWithTheSameBuildArguments() {
        String args = PhaseInputs.argsDigest(java.util.Map.of("NODE_ENV", "production"));
        for (int depth = 0; depth < 3; depth++) {
            assertThat(NpmIncremental.refusal(record(depth, args), point(depth), args))
                    .as("depth %d", depth)
                    .isNull();
        }
        assertThat(NpmIncremental.refusal(record(3, args), point(3), args))
                .isEqualTo("install: 3 incremental npm installs are stacked, the most kept; npm ci runs afresh");
        String other = PhaseInputs.argsDigest(java.util.Map.of("NODE_ENV", "development"));
        assertThat(NpmIncremental.refusal(record(0, args), point(0), other))
                .startsWith("install: the previous install was built with other build arguments");
        assertThat(NpmIncremental.refusal(record(0, null), point(0), args))
                .as("a record without the digest")
                .isNotNull();
        LayerRecord read = LayerRecord.parse(record(2, args).toJson());
        assertThat(read.args()).isEqualTo(args);
        assertThat(read.point("install").onto()).isEqualTo(DEPS.toString());
        assertThat(read.point("install").depth()).isEqualTo(2);
    }

    private static LayerRecord record(int depth, String args) {
        return new LayerRecord("build-1", List.of(point(depth)), args);
    }

    private static LayerRecord.Point point(int depth) {
        return new LayerRecord.Point(
                "install", "sha256:i", "sha256:l", java.util.Map.of(), null, List.of(), DEPS.toString(), depth);
    }

    @Test
    void theInstallImageIsNamedByTheDocumentedRule() {
        assertThat(NpmIncremental.nameFor(ImageReference.parse("reg.example:5000/team/app-cache:main")))
                .hasToString("reg.example:5000/team/app-cache:main-build-deps");
    }

    @Test
    void theInstallImageEndsAtTheInstallsLastStep() {
        String d = dockerfile("RUN npm ci", "");
        SetupImage.Prelude p = SetupImage.through(d, "build", "install", true);
        assertThat(p.lastSetupStep()).isEqualTo("RUN npm ci");
        assertThat(p.stepsAfter()).as("COPY ., RUN npm run build and the LABEL").isEqualTo(3);
    }
}
