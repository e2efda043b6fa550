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

    /** {@code log}, one caller at a time: lines from several threads stay whole and in the order they came. */
    static BuildLog synchronizedOn(BuildLog log) {
        Object lock = new Object();
        return new BuildLog() {
            @Override
            public void line(String message) {
                synchronized (lock) {
                    log.line(message);
                }
            }

            @Override
            public void warn(String message) {
                synchronized (lock) {
                    log.warn(message);
                }
            }
        };
    }

    static BuildLog of(java.io.PrintStream out) {
        return out::println;
    }
}
