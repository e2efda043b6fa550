package io.jenkins.plugins.nixpacks.cache.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How large the save's layers are: 16 MiB on average for every cache directory (every layer costs a restore about
 * 57 ms, bench round 4); go-build, which every build writes across all of its hash folders, too, since what a save
 * adds goes into a layer on top (Generations) instead of changing every layer of the cut.
 */
class LayerSizeTest {
    @Test
    void everyDirectoryIsCutIntoLargeLayersAndNpmLeavesItsLogsOut() {
        for (String dir : new String[] {"root/.cache/go-build", "root/.npm", "root/.m2/repository"}) {
            assertThat(ReproducibleLayer.Cut.forDirectory(48, dir).minLayerBytes())
                    .as(dir)
                    .isEqualTo(16L << 20);
        }
        ReproducibleLayer.Cut npm = ReproducibleLayer.Cut.forDirectory(48, "root/.npm");
        assertThat(npm.excluded()).containsExactly("_logs");
        assertThat(npm.maxLayers()).isEqualTo(48);
        assertThat(ReproducibleLayer.Cut.forDirectory(48, "root/.cache/go-build")
                        .excluded())
                .isEmpty();
    }
}
