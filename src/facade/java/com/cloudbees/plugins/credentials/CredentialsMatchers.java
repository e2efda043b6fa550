// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class CredentialsMatchers {
    private CredentialsMatchers() {}

    @NonNull
    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException("facade");
    }

    @NonNull
    public static CredentialsMatcher withId(@NonNull String id) {
        throw new UnsupportedOperationException("facade");
    }

    @CheckForNull
    public static <C extends Credentials> C firstOrNull(
            @NonNull Iterable<C> credentials, @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("facade");
    }
}
