// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public interface TaskListener extends SerializableOnlyOverRemoting {
    @NonNull
    PrintStream getLogger();

    @NonNull
    default PrintWriter error(String msg) {
        throw new UnsupportedOperationException("facade");
    }

    @NonNull
    default PrintWriter error(String format, Object... args) {
        throw new UnsupportedOperationException("facade");
    }

    @NonNull
    default PrintWriter fatalError(String msg) {
        throw new UnsupportedOperationException("facade");
    }
}
