package io.jenkins.plugins.nixpacks.jenkins;

import hudson.model.TaskListener;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import java.io.Serializable;

/**
 * The core's {@link BuildLog} writing to the build's log, with the build's secrets masked in every line. Made on the
 * controller and used on the agent: the listener writes back across the channel.
 */
final class ListenerBuildLog implements BuildLog, Serializable {
    private static final long serialVersionUID = 1L;

    private final TaskListener listener;
    private final SecretMasker masker;

    ListenerBuildLog(TaskListener listener, SecretMasker masker) {
        this.listener = listener;
        this.masker = masker;
    }

    @Override
    public void line(String message) {
        listener.getLogger().println(masker.mask(message));
    }
}
