// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    private static final long serialVersionUID = 1L;

    @NonNull
    @Override
    protected String describe(@NonNull StandardCredentials c) {
        throw new UnsupportedOperationException("facade");
    }
}
