// Compile-only facade: signatures of org.jenkins-ci.main:remoting:3355.3357.v931d3c992987 (the version core 2.568.2
// uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.remoting;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.io.IOException;

public interface VirtualChannel {
    <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException;

    void close() throws IOException;

    /**
     * A proxy through which the other side calls {@code instance}'s {@code type} methods on this side; on a local
     * channel (the built-in node) the instance itself.
     */
    @Nullable
    <T> T export(Class<T> type, @CheckForNull T instance);
}
