package io.jenkins.plugins.nixpacks.jenkins;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * One build's cache uploads as the controller holds them, read from the agent. The controller exports an instance
 * over the agent's channel (a remoting proxy: each call runs on the controller), because since Jenkins 2.326 an
 * agent may not act on controller files through {@code FilePath}. Public for the proxy; not an API.
 */
public interface UploadSource {
    /** Directory indexes whose tar arrived whole and valid, with their sizes in bytes. */
    Map<Integer, Long> arrived() throws IOException;

    /** The tar of one directory; over a channel a stream that reads back across it. */
    InputStream open(int index) throws IOException;

    /** Closes the upload session and deletes what arrived. */
    void discard() throws IOException;
}
