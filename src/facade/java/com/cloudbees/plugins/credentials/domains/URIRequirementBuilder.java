// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

public class URIRequirementBuilder {
    private URIRequirementBuilder() {}

    @NonNull
    public static URIRequirementBuilder create() {
        throw new UnsupportedOperationException("facade");
    }

    @NonNull
    public static URIRequirementBuilder fromUri(@CheckForNull String uri) {
        throw new UnsupportedOperationException("facade");
    }

    @NonNull
    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException("facade");
    }
}
