package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One convention in every log line: decimal units, labelled as docker labels them. */
class SizesTest {
    @Test
    void decimalUnitsAsDockerPrintsThem() {
        assertThat(Sizes.human(0)).isEqualTo("0 B");
        assertThat(Sizes.human(999)).isEqualTo("999 B");
        assertThat(Sizes.human(1_000)).isEqualTo("1.0 kB");
        assertThat(Sizes.human(83_400_000)).isEqualTo("83.4 MB");
        assertThat(Sizes.human(273_039_360)).isEqualTo("273 MB");
        assertThat(Sizes.human(2_100_000_000L)).isEqualTo("2.1 GB");
        // 1 MiB is 1.0 MB decimal; a binary divisor would print the same figure for 4.9% fewer bytes.
        assertThat(Sizes.human(1_048_576)).isEqualTo("1.0 MB");
        assertThat(Sizes.human(104_857_600)).isEqualTo("105 MB");
    }

    @Test
    void roundingNeverPrintsAThousandOfAUnit() {
        assertThat(Sizes.human(999_960)).isEqualTo("1.0 MB");
        assertThat(Sizes.human(999_499)).isEqualTo("999 kB");
    }

    @Test
    void seconds() {
        assertThat(Sizes.seconds(2_449)).isEqualTo("2.4 s");
    }
}
