// Compile-only facade: signatures of org.jenkins-ci:symbol-annotation:1.26 (the version core 2.568.2 uses).
// Never packaged. See src/facade/README.md.
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jvnet.hudson.annotation_indexer.Indexed;

/**
 * {@link Indexed}: structs' {@code SymbolLookup} finds symbol classes through
 * {@code META-INF/services/annotations/org.jenkinsci.Symbol}, which src/processor writes in this build.
 */
@Indexed
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
