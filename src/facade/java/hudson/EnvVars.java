// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;
import java.util.TreeMap;

/** The no-argument constructor works (an empty map), so tests can fill one; everything else throws. */
public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 4320331661987259022L;

    public EnvVars() {}

    public EnvVars(@NonNull Map<String, String> m) {
        throw new UnsupportedOperationException("facade");
    }

    public EnvVars(@NonNull EnvVars m) {
        throw new UnsupportedOperationException("facade");
    }

    public EnvVars(String... keyValuePairs) {
        throw new UnsupportedOperationException("facade");
    }

    public void override(String key, String value) {
        throw new UnsupportedOperationException("facade");
    }

    public EnvVars overrideAll(Map<String, String> all) {
        throw new UnsupportedOperationException("facade");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("facade");
    }
}
