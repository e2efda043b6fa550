package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpUploadChannelTest {
    /** Expect: 100-continue only where the JDK's client answers a refusal instead of waiting forever. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "17.0.15+6, false",
        "17.0.16, false",
        "17.0.17+10, true",
        "18.0.2, false",
        "19, true",
        "21.0.5+11, true",
        "25, true"
    })
    void expectContinueOnlyWhereTheJdkHandlesARefusal(String version, boolean expected) {
        assertThat(HttpUploadChannel.expectContinueWorks(Runtime.Version.parse(version)))
                .isEqualTo(expected);
    }
}
