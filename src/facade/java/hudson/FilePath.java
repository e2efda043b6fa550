// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URL;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public final class FilePath implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;

    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) {
        throw new UnsupportedOperationException("facade");
    }

    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("facade");
    }

    public FilePath(@NonNull FilePath base, @NonNull String rel) {
        throw new UnsupportedOperationException("facade");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("facade");
    }

    public String getName() {
        throw new UnsupportedOperationException("facade");
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("facade");
    }

    @CheckForNull
    public FilePath getParent() {
        throw new UnsupportedOperationException("facade");
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isRemote() {
        throw new UnsupportedOperationException("facade");
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public URI toURI() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public boolean delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isDirectory() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public long length() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public FilePath createTempFile(final String prefix, final String suffix) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public FilePath createTempDir(final String prefix, final String suffix) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void copyFrom(URL url) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void copyFrom(InputStream in) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void copyFrom(FilePath src) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void copyTo(FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void copyTo(OutputStream os) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public InputStream read() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public OutputStream write() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void write(final String content, final String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public int tar(OutputStream out, final String glob) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public void untarFrom(InputStream _in, final TarCompression compression) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    /** Real constants have bodies (the enum is abstract there); callers only name the constants. */
    public enum TarCompression {
        NONE,
        GZIP;

        public InputStream extract(InputStream in) throws IOException {
            throw new UnsupportedOperationException("facade");
        }

        public OutputStream compress(OutputStream in) throws IOException {
            throw new UnsupportedOperationException("facade");
        }
    }

    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
