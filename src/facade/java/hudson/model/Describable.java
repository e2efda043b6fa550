// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

/**
 * Declared abstract here, as in 2.479.1: the {@code default} body exists only from 2.505, so direct implementors must
 * implement it to run on the baseline. That is binary compatible with the later default method.
 */
public interface Describable<T extends Describable<T>> {
    Descriptor<T> getDescriptor();
}
