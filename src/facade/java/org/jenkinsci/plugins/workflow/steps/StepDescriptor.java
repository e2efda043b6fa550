// Compile-only facade: signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
// Never packaged; method bodies throw. See src/facade/README.md.
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/** The real class declares no constructor, so it has the implicit public one. */
public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException("facade");
    }

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException("facade");
    }
}
