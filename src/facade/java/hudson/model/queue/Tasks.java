// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Task;
import org.springframework.security.core.Authentication;

public class Tasks {
    public static @NonNull Authentication getAuthenticationOf2(@NonNull Task t) {
        throw new UnsupportedOperationException("facade");
    }
}
