package io.jenkins.plugins.nixpacks.docker;

import java.util.Objects;

/**
 * A finished container: its exit code and its output (stdout and stderr, interleaved as they arrived).
 */
public record RunResult(int exitCode, String output) {
    public RunResult {
        Objects.requireNonNull(output, "output");
    }
}
