// Compile-only facade: signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
// Never packaged; method bodies throw. See src/facade/README.md.
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

@SuppressWarnings("deprecation")
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("facade");
    }
}
