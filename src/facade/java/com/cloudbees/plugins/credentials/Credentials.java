// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/** Subset: {@code getScope()} and the covariant {@code getDescriptor()} are left out. */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {}
