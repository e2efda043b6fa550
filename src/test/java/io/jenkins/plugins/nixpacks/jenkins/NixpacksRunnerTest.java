package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
