package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NixpacksRunnerTest {
    @Test
    void theGlobalRegistryDefaultsApplyOnlyWhenTheStepNamesNoRegistry() {
        BuildOptions none = new BuildOptions();
        BuildOptions withUrl = new BuildOptions();
        withUrl.registryUrl = "https://other.example.com";
        BuildOptions withCredentials = new BuildOptions();
        withCredentials.registryCredentialsId = "mine";

        BuildOptions a = NixpacksRunner.withRegistryDefaults(none, "https://reg.example.com", "default-creds");
        BuildOptions b = NixpacksRunner.withRegistryDefaults(withUrl, "https://reg.example.com", "default-creds");
        BuildOptions c =
                NixpacksRunner.withRegistryDefaults(withCredentials, "https://reg.example.com", "default-creds");

        assertThat(a.registryUrl).isEqualTo("https://reg.example.com");
        assertThat(a.registryCredentialsId).isEqualTo("default-creds");
        assertThat(b.registryUrl).isEqualTo("https://other.example.com");
        assertThat(b.registryCredentialsId)
                .as("the default registry's password never goes to a registry the step chose")
                .isNull();
        assertThat(c.registryUrl).isNull();
        assertThat(c.registryCredentialsId).isEqualTo("mine");
        assertThat(none.registryUrl).as("the step's options are not changed").isNull();
    }

    @Test
    void theReceiverUrlWinsOverTheJenkinsUrlAndEndsWithASlash() {
        assertThat(NixpacksRunner.receiverBase(null, "https://ci.example.com/jenkins"))
                .isEqualTo("https://ci.example.com/jenkins/");
        assertThat(NixpacksRunner.receiverBase("http://10.0.0.5:8080/ ", "https://ci.example.com/"))
                .isEqualTo("http://10.0.0.5:8080/");
        assertThat(NixpacksRunner.receiverBase(" ", null)).isNull();
    }

    @Test
    void tokensOutlastALongDockerBuildByDefault() {
        assertThat(NixpacksRunner.TOKEN_VALIDITY).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aPullRequestBuildOpensNoUploadSessionUnlessSaveCacheIsTrue(@TempDir Path workspace) throws Exception {
        Files.writeString(
                workspace.resolve("nixpacks.toml"),
                "buildImage = \"busybox\"\n[phases.install]\ncmds = [\"true\"]\ncacheDirectories = [\"/root/.npm\"]\n[start]\ncmd = \"true\"\n");
        NixpacksBuildStep step = new NixpacksBuildStep();
        step.setImage("app");
        step.setCacheImage("127.0.0.1:5151/app-cache:pr-7");
        EnvVars pr = new EnvVars(); // the facade's other constructors are stubs
        pr.put("CHANGE_ID", "7");
        pr.put("BRANCH_NAME", "PR-7");

        BuildOptions untrusted = NixpacksRunner.prepare(step.toOptions(), null, null, pr);
        assertThat(untrusted.resolvedSave()).isFalse();
        assertThat(untrusted.untrustedReason()).isEqualTo("CHANGE_ID=7");
        // What run() asks the agent before it opens a session: an empty answer opens none.
        assertThat(new NixpacksRunner.PlanCacheDirectories(new TreeMap<>(pr), untrusted, null, "job#7")
                        .invoke(workspace.toFile(), null))
                .isEmpty();

        step.setSaveCache(true);
        BuildOptions forced = NixpacksRunner.prepare(step.toOptions(), null, null, pr);
        assertThat(forced.resolvedSave()).isTrue();
        assertThat(new NixpacksRunner.PlanCacheDirectories(new TreeMap<>(pr), forced, null, "job#7")
                        .invoke(workspace.toFile(), null))
                .containsExactly("root/.npm");

        step.setSaveCache(null);
        EnvVars main = new EnvVars();
        main.put("BRANCH_NAME", "main");
        BuildOptions branch = NixpacksRunner.prepare(step.toOptions(), null, null, main);
        assertThat(branch.resolvedSave()).as("a branch build saves by default").isTrue();
    }
}
