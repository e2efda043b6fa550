package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull-request build ({@code CHANGE_ID}) or one the runner was told is untrusted restores only, unless saveCache is
 * set to true: no directory to upload, so no upload session and no token. {@code UntrustedRunnerIT} shows the same
 * with real builds.
 */
class UntrustedBuildTest {
    @TempDir
    Path tmp;

    private BuildOptions options(Boolean saveCache) throws Exception {
        Files.writeString(
                tmp.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"busybox\"",
                        "[phases.install]",
                        "cmds = [\"true\"]",
                        "cacheDirectories = [\"/root/.npm\"]",
                        "[start]",
                        "cmd = \"true\"",
                        ""),
                StandardCharsets.UTF_8);
        BuildOptions o = new BuildOptions();
        o.image = "app";
        o.cacheImage = "127.0.0.1:5151/app-cache:pr-7";
        o.saveCache = saveCache;
        return o;
    }

    private NixpacksBuild.Request request(BuildOptions o, Map<String, String> env) {
        return new NixpacksBuild.Request(tmp, env, o, null, null, "job#1", null, null);
    }

    @Test
    void aPullRequestBuildRestoresOnlyByDefault() throws Exception {
        Map<String, String> env = Map.of("CHANGE_ID", "7", "BRANCH_NAME", "PR-7");
        BuildOptions o = options(null);
        o.decideTrust(env, false);

        assertThat(o.untrustedReason()).isEqualTo("CHANGE_ID=7");
        assertThat(o.resolvedSave()).isFalse();
        assertThat(NixpacksBuild.cacheLayerPaths(request(o, env)))
                .as("nothing to upload: no session is opened, no token issued")
                .isEmpty();
        assertThat(o.saveDecisionLine())
                .isEqualTo("untrusted build (CHANGE_ID=7): restore only; set saveCache: true to save");
    }

    @Test
    void anExplicitSaveCacheTrueSavesEvenAPullRequestBuild() throws Exception {
        Map<String, String> env = Map.of("CHANGE_ID", "7");
        BuildOptions o = options(Boolean.TRUE);
        o.decideTrust(env, false);

        assertThat(o.resolvedSave()).isTrue();
        assertThat(NixpacksBuild.cacheLayerPaths(request(o, env))).containsExactly("root/.npm");
        assertThat(o.saveDecisionLine()).contains("untrusted build (CHANGE_ID=7), but saveCache: true is set");
    }

    @Test
    void theRunnersFlagMakesABuildUntrusted() throws Exception {
        BuildOptions o = options(null);
        o.decideTrust(Map.of(), true);
        assertThat(o.untrustedReason()).isEqualTo("--untrusted");
        assertThat(o.resolvedSave()).isFalse();
        assertThat(NixpacksBuild.cacheLayerPaths(request(o, Map.of()))).isEmpty();
    }

    @Test
    void aBranchBuildSavesByDefaultAndFalseStaysFalse() throws Exception {
        BuildOptions o = options(null);
        o.decideTrust(Map.of("BRANCH_NAME", "main", "CHANGE_ID", " "), false);
        assertThat(o.untrustedReason())
                .as("a blank CHANGE_ID is no pull request")
                .isNull();
        assertThat(o.resolvedSave()).isTrue();
        assertThat(o.saveDecisionLine()).isNull();
        assertThat(NixpacksBuild.cacheLayerPaths(request(o, Map.of()))).containsExactly("root/.npm");

        BuildOptions off = options(Boolean.FALSE);
        off.decideTrust(Map.of(), false);
        assertThat(off.resolvedSave()).isFalse();
        assertThat(NixpacksBuild.cacheLayerPaths(request(off, Map.of()))).isEmpty();
    }

    @Test
    void undecidedOptionsSave() throws Exception {
        // Until a caller decides, nothing is untrusted: the callers are NixpacksRunner and runner.Main, each tested.
        assertThat(options(null).resolvedSave()).isTrue();
    }
}
