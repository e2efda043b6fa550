package io.jenkins.plugins.nixpacks.cache.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How large the save's layers are, per cache directory: large by default (every layer costs a restore about 57 ms),
 * small for go-build, which every build writes across all of its hash folders (bench round 4, LayerBoundaries).
 */
class LayerSizeTest {
    @Test
    void goBuildKeepsSmallLayersAndEveryOtherCacheGetsLargeOnes() {
        assertThat(LayerBoundaries.minLayerBytes("root/.cache/go-build")).isEqualTo(4L << 20);
        assertThat(LayerBoundaries.minLayerBytes("root/.npm")).isEqualTo(16L << 20);
        assertThat(LayerBoundaries.minLayerBytes("root/.m2/repository")).isEqualTo(16L << 20);
        assertThat(LayerBoundaries.minLayerBytes("app/node_modules/.cache")).isEqualTo(16L << 20);
        // A name that merely contains it is not go's cache.
        assertThat(LayerBoundaries.minLayerBytes("app/go-build-output")).isEqualTo(16L << 20);
    }

    @Test
    void theSaveCutsEachDirectoryWithItsOwnSize() {
        assertThat(ReproducibleLayer.Cut.forDirectory(48, "root/.cache/go-build")
                        .minLayerBytes())
                .isEqualTo(4L << 20);
        ReproducibleLayer.Cut npm = ReproducibleLayer.Cut.forDirectory(48, "root/.npm");
        assertThat(npm.minLayerBytes()).isEqualTo(16L << 20);
        assertThat(npm.excluded()).containsExactly("_logs");
        assertThat(npm.maxLayers()).isEqualTo(48);
    }
}
