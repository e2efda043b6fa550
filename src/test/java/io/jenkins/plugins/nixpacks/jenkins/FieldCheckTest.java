package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.jenkins.SettingsCheck.Level;
import io.jenkins.plugins.nixpacks.jenkins.SettingsCheck.Result;
import org.junit.jupiter.api.Test;

class FieldCheckTest {
    @Test
    void theImageIsRequiredAndParsed() {
        assertThat(FieldCheck.image("", "Image", true).level()).isEqualTo(Level.ERROR);
        assertThat(FieldCheck.image("", "Cache image", false)).isEqualTo(Result.OK);
        assertThat(FieldCheck.image("registry.example.com/team/app:42", "Image", true))
                .isEqualTo(Result.OK);
        Result bad = FieldCheck.image("Registry.example.com/UPPER CASE", "Image", true);
        assertThat(bad.level()).isEqualTo(Level.ERROR);
        assertThat(bad.message()).startsWith("Image: ");
    }

    @Test
    void valuesWithJenkinsVariablesAreLeftToBuildTime() {
        assertThat(FieldCheck.image("reg/app:${BUILD_NUMBER}", "Image", true)).isEqualTo(Result.OK);
        assertThat(FieldCheck.relativePath("${SUBDIR}", "Source folder")).isEqualTo(Result.OK);
    }

    @Test
    void everyImageOfAListIsChecked() {
        assertThat(FieldCheck.images("reg/a:1\nreg/b:2, reg/c:3", "Cache fallbacks"))
                .isEqualTo(Result.OK);
        assertThat(FieldCheck.images("reg/a:1\nNOT VALID", "Cache fallbacks").level())
                .isEqualTo(Level.ERROR);
    }

    @Test
    void pathsStayInsideTheWorkspace() {
        assertThat(FieldCheck.relativePath("", "Source folder")).isEqualTo(Result.OK);
        assertThat(FieldCheck.relativePath("services/web", "Source folder")).isEqualTo(Result.OK);
        assertThat(FieldCheck.relativePath("a..b/c", "Source folder")).isEqualTo(Result.OK);
        for (String bad : new String[] {"/etc", "\\\\server\\share", "C:\\src", "../other", "a/../../b", "a\\..\\b"}) {
            Result r = FieldCheck.relativePath(bad, "Source folder");
            assertThat(r.level()).as(bad).isEqualTo(Level.ERROR);
            assertThat(r.message()).as(bad).startsWith("Source folder");
        }
    }

    @Test
    void cacheDirectoriesFollowTheCoresRules() {
        assertThat(FieldCheck.cacheDirectories("/root/.npm\n~/.cache/pip, .gradle"))
                .isEqualTo(Result.OK);
        Result r = FieldCheck.cacheDirectories("/root/.npm\n/root/../etc");
        assertThat(r.level()).isEqualTo(Level.ERROR);
        assertThat(r.message()).contains("..");
    }

    @Test
    void keyValueLinesAndNetworkModes() {
        assertThat(FieldCheck.pairs("A=1\n\n# note\nB=x=y", "Labels")).isEqualTo(Result.OK);
        assertThat(FieldCheck.pairs("novalue", "Labels").message()).contains("Labels, line 1");
        assertThat(FieldCheck.networkMode(""))
                .as("empty takes the global default")
                .isEqualTo(Result.OK);
        assertThat(FieldCheck.networkMode("host")).isEqualTo(Result.OK);
        assertThat(FieldCheck.networkMode("two words").level()).isEqualTo(Level.ERROR);
        assertThat(FieldCheck.registryUrl("")).isEqualTo(Result.OK);
        assertThat(FieldCheck.registryUrl("registry.example.com").level()).isEqualTo(Level.ERROR);
    }
}
