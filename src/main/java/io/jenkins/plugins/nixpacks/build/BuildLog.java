package io.jenkins.plugins.nixpacks.build;

/**
 * Where the core writes the lines a person reads: the Jenkins build log, the runner's terminal, or a test's
 * buffer. One line per call, no trailing newline.
 */
@FunctionalInterface
public interface BuildLog {
    void line(String message);

    /** A fault that did not stop the build: the cache is an optimisation, so most cache faults end up here. */
    default void warn(String message) {
        line("WARNING: " + message);
    }

    static BuildLog of(java.io.PrintStream out) {
        return out::println;
    }
}
