package io.jenkins.plugins.nixpacks.plan.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                ">=18;24",
                ">=18 <23;22",
                "^22;22",
                "^20 || ^22;22",
                "22.x;22",
                ">22;24",
                ">22.1;24",
                "<24;22",
                "<=22;22",
                "20 - 22;22",
                "*;24",
                "^16;",
                "~24.1.0;24"
            })
    void aRangeTakesTheNewestSupportedMajorThatSatisfiesIt(String range, Integer expected) {
        assertThat(Versions.newestSatisfying(range, List.of(22, 24))).isEqualTo(expected);
    }

    private String buildImage() throws Exception {
        return PlanGenerator.generate(dir, PlanOptions.NONE, Map.of()).buildImage();
    }

    @Test
    void nodeRangesFilesAndDefaults() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"engines\":{\"node\":\">=18\"}}");
        assertThat(buildImage()).isEqualTo("node:24-bookworm");
        Files.writeString(dir.resolve("package.json"), "{\"engines\":{\"node\":\"^22.3.0\"}}");
        assertThat(buildImage()).isEqualTo("node:22-bookworm");
        Files.writeString(dir.resolve("package.json"), "{}");
        assertThat(buildImage()).as("default: the active LTS").isEqualTo("node:24-bookworm");
        Files.writeString(dir.resolve(".tool-versions"), "ruby 3.3.0\nnodejs 22.11.0\n");
        assertThat(buildImage()).isEqualTo("node:22-bookworm");
        Files.writeString(dir.resolve(".nvmrc"), "lts/iron\n");
        assertThat(buildImage()).as(".nvmrc before .tool-versions").isEqualTo("node:20-bookworm");
    }

    @Test
    void pythonReadsToolVersions() throws Exception {
        Files.writeString(dir.resolve("requirements.txt"), "flask\n");
        Files.writeString(dir.resolve(".tool-versions"), "python 3.11.9\n");
        assertThat(buildImage()).startsWith("python:3.11");
        Files.writeString(dir.resolve(".python-version"), "3.13\n");
        assertThat(buildImage()).startsWith("python:3.13");
    }

    @Test
    void anOldGradleWrapperGetsTheJdkItRunsOn() throws Exception {
        Files.writeString(dir.resolve("gradlew"), "#!/bin/sh\n");
        Files.createDirectories(dir.resolve("gradle/wrapper"));
        Files.writeString(
                dir.resolve("gradle/wrapper/gradle-wrapper.properties"),
                "distributionUrl=https\\://services.gradle.org/distributions/gradle-6.9.4-bin.zip\n");
        assertThat(buildImage()).isEqualTo("eclipse-temurin:11-jdk");
        Files.writeString(
                dir.resolve("gradle/wrapper/gradle-wrapper.properties"),
                "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.10-bin.zip\n");
        assertThat(buildImage()).isEqualTo("eclipse-temurin:17-jdk");
    }
}
