package io.jenkins.plugins.nixpacks.cache.receiver;

/**
 * Whether a build may still upload. In Jenkins: the run exists and is building; in the runner: its session is open.
 * A token that outlives its build is refused here, whatever its expiry.
 */
@FunctionalInterface
public interface BuildGate {
    boolean accepts(String buildId);
}
