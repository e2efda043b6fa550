// Compile-only facade: signatures of org.jenkins-ci:symbol-annotation:1.26 (the version core 2.568.2 uses).
// Never packaged. See src/facade/README.md.
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real annotation is also meta-annotated {@code @org.jvnet.hudson.annotation_indexer.Indexed}, whose processor
 * (not on Maven Central) lists symbol classes for structs' {@code SymbolLookup}; see src/facade/README.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
