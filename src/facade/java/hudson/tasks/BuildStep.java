// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Subset: the AbstractBuild-based {@code prebuild}/{@code perform} are left out; {@link BuildStepCompatibilityLayer}
 * implements them in the real class and dispatches to {@code jenkins.tasks.SimpleBuildStep}.
 */
public interface BuildStep {
    @NonNull
    default BuildStepMonitor getRequiredMonitorService() {
        throw new UnsupportedOperationException("facade");
    }
}
