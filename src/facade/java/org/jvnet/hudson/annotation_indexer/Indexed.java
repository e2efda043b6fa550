// Compile-only facade: signatures of org.jenkins-ci:annotation-indexer:1.213.v92788b_1f0a_21 (as core 2.568.2 uses).
// Never packaged. See src/facade/README.md.
package org.jvnet.hudson.annotation_indexer;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Subset: the {@code validators()} member is left out. */
@Documented
@Retention(RUNTIME)
@Target(ANNOTATION_TYPE)
public @interface Indexed {}
