// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;

public interface AccessControlled {
    @NonNull
    ACL getACL();

    default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("facade");
    }

    default void checkAnyPermission(@NonNull Permission... permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("facade");
    }

    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("facade");
    }

    default boolean hasAnyPermission(@NonNull Permission... permission) {
        throw new UnsupportedOperationException("facade");
    }
}
