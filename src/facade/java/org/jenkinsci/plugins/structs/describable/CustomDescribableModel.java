// Compile-only facade: signatures of org.jenkins-ci.plugins:structs:362.va_b_695ef4fdf9 (interface since 1.20).
// Never packaged; method bodies throw. See src/facade/README.md. customUninstantiate and of(Class) are left out:
// the plugin does not call them, and a facade may declare a subset of the real members.
package org.jenkinsci.plugins.structs.describable;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;

public interface CustomDescribableModel {
    default @NonNull Map<String, Object> customInstantiate(@NonNull Map<String, Object> arguments) {
        return arguments;
    }
}
