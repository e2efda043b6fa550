package io.jenkins.plugins.nixpacks.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheDirTest {
    @ParameterizedTest
    @CsvSource({
        "/root/.npm, /root/.npm, root/.npm, false",
        "~/.npm, /root/.npm, root/.npm, false",
        "~, /root, root, false",
        "node_modules/.cache, /app/node_modules/.cache, app/node_modules/.cache, true",
        "./node_modules/.cache/, /app/node_modules/.cache, app/node_modules/.cache, true",
        ".m2/repository, /app/.m2/repository, app/.m2/repository, true",
        "/usr/local/share/.cache/yarn/v6, /usr/local/share/.cache/yarn/v6, usr/local/share/.cache/yarn/v6, false",
        "//root//.cache/pip, /root/.cache/pip, root/.cache/pip, false",
        "/app/target, /app/target, app/target, true"
    })
    void mapsPlanPathsToTheBuildContainer(String path, String absolute, String layer, boolean insideApp) {
        CacheDir dir = CacheDir.of(path);
        assertThat(dir.path()).isEqualTo(path);
        assertThat(dir.absolutePath()).isEqualTo(absolute);
        assertThat(dir.layerPath()).isEqualTo(layer);
        assertThat(dir.insideApp()).isEqualTo(insideApp);
    }

    @Test
    void twoSpellingsOfOneFolderAreEqual() {
        assertThat(CacheDir.of("~/.npm")).isEqualTo(CacheDir.of("/root/.npm"));
        assertThat(CacheDir.of("~/.npm")).hasSameHashCodeAs(CacheDir.of("/root/.npm"));
        assertThat(CacheDir.of(".m2/repository")).isEqualTo(CacheDir.of("/app/.m2/repository"));
        assertThat(CacheDir.of("/root/.npm")).isNotEqualTo(CacheDir.of("/root/.yarn"));
        assertThat(CacheDir.of("~/.npm")).hasToString("~/.npm (/root/.npm)");
    }

    @Test
    void refusesEmptyAndUpwardPaths() {
        assertThatThrownBy(() -> CacheDir.of("")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> CacheDir.of("  ")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> CacheDir.of(null)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> CacheDir.of("../secrets")).hasMessageContaining("'..'");
        assertThatThrownBy(() -> CacheDir.of("/root/../etc")).hasMessageContaining("'..'");
    }

    @Test
    void refusesTheRootAndTheAppFolderItself() {
        assertThatThrownBy(() -> CacheDir.of("/")).hasMessageContaining("root folder");
        assertThatThrownBy(() -> CacheDir.of("/app")).hasMessageContaining("app folder /app itself");
        assertThatThrownBy(() -> CacheDir.of(".")).hasMessageContaining("app folder /app itself");
        assertThatThrownBy(() -> CacheDir.of("/app/")).hasMessageContaining("app folder /app itself");
    }

    @Test
    void refusesWhatWouldBreakADockerfileLine() {
        assertThatThrownBy(() -> CacheDir.of("/root/a b")).hasMessageContaining("contains a space");
        assertThatThrownBy(() -> CacheDir.of("/root/a\nRUN rm -rf /"))
                .hasMessageContaining("contains a line break")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> CacheDir.of("/root/a\0b")).hasMessageContaining("NUL");
        for (String bad : new String[] {"\"", "'", "$", ";", "&", "|", "`", "*", "?", "\\", "#", "(", ">"}) {
            assertThatThrownBy(() -> CacheDir.of("/root/x" + bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be used in a Dockerfile line");
        }
    }

    @Test
    void refusesOtherUsersHomesAndInnerTildes() {
        assertThatThrownBy(() -> CacheDir.of("~bob/.npm")).hasMessageContaining("another user's home");
        assertThatThrownBy(() -> CacheDir.of("/root/~/x")).hasMessageContaining("only understood at the start");
    }
}
