package io.jenkins.plugins.nixpacks.jenkins;

import hudson.model.TaskListener;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.build.PlainText;
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
        // The console is not a terminal: colours and progress redraws of the build tools would show as raw escapes.
        // Stripped before masking, so an escape cannot split a secret apart from its mask.
        listener.getLogger().println(masker.mask(PlainText.strip(message)));
    }
}
