// Compile-only facade: signatures of org.jenkins-ci.main:remoting:3355.3357.v931d3c992987 (the version core 2.568.2
// uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.remoting;

import java.io.IOException;
import java.io.InputStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * An input stream that reads, on the other side of a channel, the stream it wraps on this side. Used locally (never
 * serialized) it reads its wrapped stream directly. Subset: the deprecated and the {@code Set<Flag>} constructors
 * are left out.
 */
public class RemoteInputStream extends InputStream implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;

    public RemoteInputStream(InputStream core, Flag f) {
        throw new UnsupportedOperationException("facade");
    }

    public RemoteInputStream(InputStream core, Flag f1, Flag f2) {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public int read() throws IOException {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("facade");
    }

    public enum Flag {
        /** The whole stream is pushed to the other side as fast as it can take it, instead of one call per read. */
        GREEDY,
        NOT_GREEDY,
        MANUAL_UNEXPORT
    }
}
