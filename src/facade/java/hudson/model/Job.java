// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.ACL;
import java.io.File;

/** The real superclass chain is Job, AbstractItem, Actionable; AbstractItem's members used here are declared on Job. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements Item, ExtensionPoint {
    Job() {}

    @Override
    public String getName() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public final String getFullName() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public final String getFullDisplayName() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException("facade");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("facade");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("facade");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("facade");
    }
}
