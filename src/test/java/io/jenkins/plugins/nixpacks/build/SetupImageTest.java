package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.registry.ImageReference;
import org.junit.jupiter.api.Test;

class SetupImageTest {
    private static final String SPA = String.join(
            "\n",
            "# Generated from a Nixpacks build plan (providers: node)",
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
            "# cache restore for install: /root/.npm",
            "RUN npm ci",
            "",
            "# build phase",
            "COPY . /app/.",
            "RUN npm run build",
            "",
            "FROM build AS app",
            "RUN rm -rf /app/node_modules/.cache",
            "");

    @Test
    void thePreludeEndsBeforeTheFirstRestorePointsPhaseAndCountsTheStepsAfterIt() {
        SetupImage.Prelude p = SetupImage.prelude(SPA, "build", "install", true);
        assertThat(p.lastSetupStep()).isEqualTo("ENV CI=\"${CI}\"");
        assertThat(p.stepsAfter())
                .as("ENV, COPY, RUN, COPY, RUN and the stage's LABEL")
                .isEqualTo(6);
        assertThat(SetupImage.prelude(SPA, "build", "install", false).stepsAfter())
                .isEqualTo(5);
    }

    @Test
    void noPreludeWorthAnImageWithoutARunOrCopyBeforeThePhase() {
        String bare = SPA.replace("RUN apt-get update && apt-get install -y caddy\n", "");
        assertThat(SetupImage.prelude(bare, "build", "install", true)).isNull();
        assertThat(SetupImage.prelude(SPA, "build", "nosuch", true)).isNull();
        assertThat(SetupImage.prelude(
                        SPA.replace("RUN npm ci", "RUN npm ci \\\n  --no-audit"), "build", "install", true))
                .as("a continued line: the step count would be a guess")
                .isNull();
    }

    @Test
    void theClassicBuildersRecordOfAStepIsMatchedToItsInstruction() {
        assertThat(SetupImage.madeBy("/bin/sh -c apt-get update", "RUN apt-get update"))
                .isTrue();
        assertThat(SetupImage.madeBy("|1 CI=true /bin/sh -c apt-get update", "RUN apt-get update"))
                .isTrue();
        assertThat(SetupImage.madeBy("/bin/sh -c apt-get upgrade", "RUN apt-get update"))
                .isFalse();
        assertThat(SetupImage.madeBy("/bin/sh -c #(nop)  ENV CI=true", "ENV CI=\"${CI}\""))
                .isTrue();
        assertThat(SetupImage.madeBy("/bin/sh -c #(nop) WORKDIR /app/", "ENV CI=\"${CI}\""))
                .isFalse();
    }

    @Test
    void theSetupImageIsNamedAfterTheCacheImage() {
        assertThat(SetupImage.nameFor(ImageReference.parse("reg:5000/team/app-cache:main"))
                        .toString())
                .isEqualTo("reg:5000/team/app-cache:main-build-setup");
    }
}
