package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The way from the agent to the receiver, which checks the layers a build is about to publish. After the build, the
 * agent cuts each cache directory into layers and sends those the registry lacks, one request per directory; the
 * receiver accepts each directory once.
 *
 * <p>In Jenkins the receiver is the controller's endpoint; in the runner and in tests an embedded Jetty on loopback.
 * The channel is opened for a list of directories (see {@link NixpacksBuild#cacheLayerPaths}) where the signing key
 * lives, so the receiver knows which directory each index stands for and checks every layer against it.
 */
public interface UploadChannel extends Serializable {
    /** The directories the channel was opened for, as layer paths ({@code root/.npm}), by index. */
    List<String> layerPaths();

    /**
     * Sends the layers of directory {@code index}; returns when the receiver accepted all of them.
     *
     * @throws UploadRefusedException the receiver answered, and not with 201; nothing was accepted
     * @throws IOException the receiver could not be reached or the connection broke
     */
    void send(int index, List<ReproducibleLayer.Blob> layers) throws IOException, InterruptedException;

    /** A refusal by the receiver, with its status and its one-line answer. */
    final class UploadRefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        private final int status;

        public UploadRefusedException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
