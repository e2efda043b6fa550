// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

/** The real class returns null from all three; subclasses override {@link #getUrlName()}. */
public abstract class InvisibleAction implements Action {
    @Override
    public final String getIconFileName() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public final String getDisplayName() {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("facade");
    }
}
