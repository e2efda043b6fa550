package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.jenkins.SettingsCheck.Level;
import io.jenkins.plugins.nixpacks.jenkins.SettingsCheck.Result;
import org.junit.jupiter.api.Test;

/** Runs against the facade: load() and save() do nothing there, every other Jenkins call would throw. */
class NixpacksGlobalConfigurationTest {
    @Test
    void defaultsAreHostNetworkingAndFourAndSixteenGib() {
        NixpacksGlobalConfiguration c = new NixpacksGlobalConfiguration();

        assertThat(c.getDefaultNetworkMode()).isEqualTo("host");
        assertThat(c.getMaxUploadBytesPerDirectory()).isEqualTo(4L << 30);
        assertThat(c.getMaxUploadBytesPerBuild()).isEqualTo(16L << 30);
        assertThat(c.getReceiverUrl()).isNull();
        assertThat(c.getDefaultRegistryUrl()).isNull();
        assertThat(c.getDefaultRegistryCredentialsId()).isNull();
    }

    @Test
    void settersRoundTripTrimmed() {
        NixpacksGlobalConfiguration c = new NixpacksGlobalConfiguration();

        c.setReceiverUrl(" http://jenkins.internal:8080/ ");
        c.setMaxUploadBytesPerDirectory(1234);
        c.setMaxUploadBytesPerBuild(5678);
        c.setDefaultNetworkMode(" bridge ");
        c.setDefaultRegistryUrl("https://registry.example.com");
        c.setDefaultRegistryCredentialsId(" reg-creds ");

        assertThat(c.getReceiverUrl()).isEqualTo("http://jenkins.internal:8080/");
        assertThat(c.getMaxUploadBytesPerDirectory()).isEqualTo(1234);
        assertThat(c.getMaxUploadBytesPerBuild()).isEqualTo(5678);
        assertThat(c.getDefaultNetworkMode()).isEqualTo("bridge");
        assertThat(c.getDefaultRegistryUrl()).isEqualTo("https://registry.example.com");
        assertThat(c.getDefaultRegistryCredentialsId()).isEqualTo("reg-creds");
    }

    @Test
    void blankValuesMeanUnsetAndBlankNetworkModeMeansHost() {
        NixpacksGlobalConfiguration c = new NixpacksGlobalConfiguration();
        c.setReceiverUrl("http://a/");
        c.setDefaultNetworkMode("none");
        c.setDefaultRegistryCredentialsId("x");

        c.setReceiverUrl("  ");
        c.setDefaultNetworkMode("");
        c.setDefaultRegistryCredentialsId(null);

        assertThat(c.getReceiverUrl()).isNull();
        assertThat(c.getDefaultNetworkMode()).isEqualTo("host");
        assertThat(c.getDefaultRegistryCredentialsId()).isNull();
    }

    @Test
    void nonPositiveLimitsAreRejectedNamingTheSetting() {
        NixpacksGlobalConfiguration c = new NixpacksGlobalConfiguration();

        assertThatThrownBy(() -> c.setMaxUploadBytesPerDirectory(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxUploadBytesPerDirectory");
        assertThatThrownBy(() -> c.setMaxUploadBytesPerBuild(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxUploadBytesPerBuild");
        assertThat(c.getMaxUploadBytesPerDirectory()).as("unchanged").isEqualTo(4L << 30);
    }

    @Test
    void receiverUrlMayBeEmptyOrAnHttpUrl() {
        assertThat(SettingsCheck.receiverUrl("")).isEqualTo(Result.OK);
        assertThat(SettingsCheck.receiverUrl(null)).isEqualTo(Result.OK);
        assertThat(SettingsCheck.receiverUrl("https://jenkins.internal/")).isEqualTo(Result.OK);

        assertError(SettingsCheck.receiverUrl("ftp://jenkins/"), "needs an http:// or https:// scheme");
        assertError(SettingsCheck.receiverUrl("jenkins.internal:8080"), "needs an http:// or https:// scheme");
        assertError(SettingsCheck.receiverUrl("http:///path"), "has no host name");
        assertError(SettingsCheck.receiverUrl("http://jen kins/"), "is not a URL");
        assertError(SettingsCheck.receiverUrl("http://h/?token=1"), "must not have a query");
    }

    @Test
    void credentialsInUrlsAreRefusedAndNeverEchoed() {
        Result r = SettingsCheck.receiverUrl("http://admin:s3cret@jenkins/");
        assertError(r, "must not contain a user name or password");
        assertThat(r.message()).doesNotContain("s3cret");

        Result wrongScheme = SettingsCheck.registryUrl("ftp://bob:hunter2@registry/");
        assertThat(wrongScheme.level()).isEqualTo(Level.ERROR);
        assertThat(wrongScheme.message()).doesNotContain("hunter2").contains("ftp://****@registry/");
    }

    @Test
    void registryUrlNeedsSchemeAndWarnsOnPlainHttp() {
        assertThat(SettingsCheck.registryUrl("https://registry.example.com")).isEqualTo(Result.OK);
        assertError(SettingsCheck.registryUrl("registry.example.com"), "needs an http:// or https:// scheme");

        Result http = SettingsCheck.registryUrl("http://127.0.0.1:5000");
        assertThat(http.level()).isEqualTo(Level.WARNING);
        assertThat(http.message()).contains("insecure-registries");
    }

    @Test
    void byteLimitsArePositiveWholeNumbers() {
        assertThat(SettingsCheck.byteLimit("4294967296", "Upload limit per build"))
                .isEqualTo(Result.OK);
        assertError(SettingsCheck.byteLimit("", "Upload limit per build"), "Upload limit per build is empty");
        assertError(SettingsCheck.byteLimit("4G", "Upload limit per build"), "'4G' is not a whole number");
        assertError(SettingsCheck.byteLimit("0", "Upload limit per build"), "must be greater than 0");
    }

    @Test
    void perDirectoryLimitAbovePerBuildLimitIsAWarning() {
        assertThat(SettingsCheck.perDirectoryLimit("100", "200")).isEqualTo(Result.OK);
        Result r = SettingsCheck.perDirectoryLimit("300", "200");
        assertThat(r.level()).isEqualTo(Level.WARNING);
        assertThat(r.message()).contains("300 bytes").contains("200 bytes");
        assertThat(SettingsCheck.perDirectoryLimit("300", "oops"))
                .as("the per-build field reports its own error")
                .isEqualTo(Result.OK);
    }

    @Test
    void networkModeIsADockerNetworkName() {
        for (String ok : new String[] {"host", "bridge", "none", "my_net-1.a", "container:builder"}) {
            assertThat(SettingsCheck.networkMode(ok)).as(ok).isEqualTo(Result.OK);
        }
        assertError(SettingsCheck.networkMode(" "), "Network mode is empty");
        assertError(SettingsCheck.networkMode("host; rm -rf /"), "is not a Docker network name");
    }

    private static void assertError(Result r, String fragment) {
        assertThat(r.level()).as(r.message()).isEqualTo(Level.ERROR);
        assertThat(r.message()).contains(fragment);
    }
}
