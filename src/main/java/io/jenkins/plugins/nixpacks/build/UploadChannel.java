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
 * runner and in tests an embedded Jetty on loopback receives them into a local folder. URLs are minted where the
 * signing key lives (the controller), before the build knows how many directories it has, so there are a fixed
 * number of them, one per directory index.
 */
public interface UploadChannel extends Serializable {
    /** One upload URL per directory index, each carrying its own short-lived token. */
    List<String> uploadUrls();

    /** The directory indexes whose tar arrived whole and valid, with their sizes in bytes. */
    Map<Integer, Long> arrived() throws IOException, InterruptedException;

    /** Copies the tar of directory {@code index} to a local file. */
    void copyTo(int index, Path target) throws IOException, InterruptedException;

    /** Forgets every upload of this build; called when the build is done with them. */
    void discard() throws IOException, InterruptedException;
}
