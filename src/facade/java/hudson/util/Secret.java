// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    private Secret() {}

    public String getPlainText() {
        throw new UnsupportedOperationException("facade");
    }

    public String getEncryptedValue() {
        throw new UnsupportedOperationException("facade");
    }

    public static @NonNull Secret fromString(@CheckForNull String data) {
        throw new UnsupportedOperationException("facade");
    }

    public static String toString(@CheckForNull Secret s) {
        throw new UnsupportedOperationException("facade");
    }
}
