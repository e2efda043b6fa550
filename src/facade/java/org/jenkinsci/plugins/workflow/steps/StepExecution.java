// Compile-only facade: signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
// Never packaged; method bodies throw. See src/facade/README.md.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    @Deprecated
    protected StepExecution() {}

    protected StepExecution(@NonNull StepContext context) {}

    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException("facade");
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException("facade");
    }

    public void onResume() {
        throw new UnsupportedOperationException("facade");
    }

    public @CheckForNull String getStatus() {
        throw new UnsupportedOperationException("facade");
    }

    public boolean blocksRestart() {
        throw new UnsupportedOperationException("facade");
    }
}
