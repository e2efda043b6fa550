package io.jenkins.plugins.nixpacks.cache.receiver;

/**
 * Where the receiver writes one line per upload (the controller's log in Jenkins, the terminal in the runner). Lines
 * never carry the token.
 */
@FunctionalInterface
public interface ReceiverLog {
    void line(String message);

    /** Drops every line. */
    static ReceiverLog none() {
        return message -> {};
    }
}
