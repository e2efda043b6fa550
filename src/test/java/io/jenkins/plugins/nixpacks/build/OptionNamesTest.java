package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each front end names its own options in the core's messages. */
class OptionNamesTest {
    private final OptionNames runner = OptionNames.of(Map.of(
            "cacheImage", "--cache-image",
            "cacheFrom", "--cache-from",
            "registryCredentialsId", "--registry-user and --registry-password-file",
            "'path'", "PATH"));

    @Test
    void wholeNamesAreReplacedNothingElse() {
        assertThat(runner.apply("cacheFrom is set but cacheImage is not; set cacheImage to turn the cache on"))
                .isEqualTo("--cache-from is set but --cache-image is not; set --cache-image to turn the cache on");
        assertThat(runner.apply("registry r requires credentials; set registryCredentialsId for it"))
                .isEqualTo("registry r requires credentials; set --registry-user and --registry-password-file for it");
        assertThat(runner.apply("source folder /x does not exist; check 'path'"))
                .isEqualTo("source folder /x does not exist; check PATH");
        // Prose, longer names and a word in a path are left alone.
        assertThat(runner.apply("the cache image and its path; cacheImageDigest; /srv/cacheImage.d"))
                .isEqualTo("the cache image and its path; cacheImageDigest; /srv/cacheImage.d");
    }

    @Test
    void theJenkinsFrontEndKeepsTheCoreNames() {
        String m = "set registryCredentialsId for it";
        assertThat(OptionNames.CORE.apply(m)).isEqualTo(m);
        List<String> lines = new ArrayList<>();
        runner.wrap(lines::add).warn("point cacheImage at a tag used only for the cache");
        assertThat(lines).containsExactly("WARNING: point --cache-image at a tag used only for the cache");
    }
}
