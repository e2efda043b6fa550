// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class JenkinsLocationConfiguration extends GlobalConfiguration {
    public static @NonNull JenkinsLocationConfiguration get() {
        throw new UnsupportedOperationException("facade");
    }

    public @CheckForNull String getUrl() {
        throw new UnsupportedOperationException("facade");
    }
}
