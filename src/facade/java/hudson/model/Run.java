// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint, AccessControlled {
    protected Run(@NonNull JobT job) throws IOException {}

    @Override
    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("facade");
    }

    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("facade");
    }

    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("facade");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("facade");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("facade");
    }

    public @CheckForNull RunT getPreviousBuild() {
        throw new UnsupportedOperationException("facade");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("facade");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("facade");
    }

    public @NonNull String getId() {
        throw new UnsupportedOperationException("facade");
    }

    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException("facade");
    }

    public @NonNull EnvVars getEnvironment(@NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("facade");
    }

    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException("facade");
    }

    public @CheckForNull static Run<?, ?> fromExternalizableId(String id)
            throws IllegalArgumentException, AccessDeniedException {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("facade");
    }
}
