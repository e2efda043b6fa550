package io.jenkins.plugins.nixpacks.build;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The way between the build containers and whoever builds the cache image. The containers PUT one tar per cache
 * directory to {@link #uploadUrls()}; afterwards the build reads back what arrived.
 *
 * <p>In Jenkins the receiver is the controller's endpoint and the uploads are read over the agent channel; in the
 * runner and in tests an embedded Jetty on loopback receives them into a local folder. The channel is opened for a
 * list of directories (see {@link NixpacksBuild#cacheLayerPaths}) where the signing key lives, so the receiver
 * knows which directory each index stands for and checks every tar against it.
 */
public interface UploadChannel extends Serializable {
    /** The directories the channel was opened for, as layer paths ({@code root/.npm}), by index. */
    List<String> layerPaths();

    /** One upload URL per directory index, each carrying its own short-lived token. */
    List<String> uploadUrls();

    /** The directory indexes whose tar arrived whole and valid, with their sizes in bytes. */
    Map<Integer, Long> arrived() throws IOException, InterruptedException;

    /** Copies the tar of directory {@code index} to a local file. */
    void copyTo(int index, Path target) throws IOException, InterruptedException;

    /** Forgets every upload of this build; called when the build is done with them. */
    void discard() throws IOException, InterruptedException;
}
