// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package jenkins;

import hudson.FilePath.FileCallable;
import org.jenkinsci.remoting.RoleChecker;

/**
 * 2.479.1 shape (implements FileCallable and declares checkRoles); 2.485+ implements ControllerToAgentFileCallable,
 * which supplies the same method as a default. Subclasses inherit it either way.
 */
public abstract class MasterToSlaveFileCallable<T> implements FileCallable<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("facade");
    }
}
