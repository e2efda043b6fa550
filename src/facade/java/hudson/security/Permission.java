// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Only a type here; the permission constants (Jenkins.ADMINISTER, Item.CONFIGURE, ...) are null in the facade. */
public final class Permission {
    private Permission() {}

    public @NonNull String getId() {
        throw new UnsupportedOperationException("facade");
    }
}
