// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

public class DomainRequirement implements ExtensionPoint, Serializable {
    private static final long serialVersionUID = 1L;
}
