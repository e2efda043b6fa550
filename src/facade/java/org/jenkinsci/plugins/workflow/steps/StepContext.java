// Compile-only facade: signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
// Never packaged; method bodies throw. See src/facade/README.md.
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.ListenableFuture;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Result;
import java.io.IOException;
import java.io.Serializable;

/**
 * Subset: {@code newBodyInvoker()} (and {@code hasBody()}, which calls it) are left out, since no step of this
 * plugin takes a body. {@code onFailure(Throwable)} is inherited from {@link FutureCallback}, as in the real class.
 */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Override
    public abstract void onSuccess(@Nullable Object result);

    public abstract boolean isReady();

    public abstract ListenableFuture<Void> saveState();

    public abstract void setResult(Result r);

    @Override
    public abstract boolean equals(Object o);

    @Override
    public abstract int hashCode();
}
