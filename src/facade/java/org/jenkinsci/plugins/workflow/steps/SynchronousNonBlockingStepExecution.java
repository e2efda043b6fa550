// Compile-only facade: signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
// Never packaged; method bodies throw. See src/facade/README.md.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public @NonNull String getStatus() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public boolean blocksRestart() {
        throw new UnsupportedOperationException("facade");
    }
}
