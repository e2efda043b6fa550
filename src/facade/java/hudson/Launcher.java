// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Subset: the plugin talks to Docker through docker-java, so only the basics of process launching are here. */
public abstract class Launcher {
    protected Launcher(@NonNull TaskListener listener, @CheckForNull VirtualChannel channel) {}

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("facade");
    }

    public TaskListener getListener() {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isUnix() {
        throw new UnsupportedOperationException("facade");
    }

    public final ProcStarter launch() {
        throw new UnsupportedOperationException("facade");
    }

    public final Launcher decorateByEnv(@NonNull EnvVars _env) {
        throw new UnsupportedOperationException("facade");
    }

    public final class ProcStarter {
        private ProcStarter() {}

        public ProcStarter cmds(String... args) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter masks(@CheckForNull boolean... masks) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter quiet(boolean quiet) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter pwd(@CheckForNull FilePath workDir) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter stdout(@CheckForNull OutputStream out) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter stdout(@NonNull TaskListener out) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter stderr(@CheckForNull OutputStream err) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter stdin(@CheckForNull InputStream in) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter envs(@NonNull Map<String, String> overrides) {
            throw new UnsupportedOperationException("facade");
        }

        public ProcStarter envs(@CheckForNull String... overrides) {
            throw new UnsupportedOperationException("facade");
        }

        public int join() throws IOException, InterruptedException {
            throw new UnsupportedOperationException("facade");
        }
    }
}
