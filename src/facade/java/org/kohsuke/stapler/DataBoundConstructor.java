// Compile-only facade: signatures of org.kohsuke.stapler:stapler:2088.v915606dc8e86 (the version core 2.568.2 uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.CONSTRUCTOR)
@Documented
public @interface DataBoundConstructor {}
