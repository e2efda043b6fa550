// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

public abstract class ACL {
    /** The same value as the real constant: a token for the user SYSTEM. */
    public static final Authentication SYSTEM2 = new UsernamePasswordAuthenticationToken("SYSTEM", "SYSTEM");

    public final void checkPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("facade");
    }

    public final boolean hasPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
        throw new UnsupportedOperationException("facade");
    }

    public static ACLContext as2(@NonNull Authentication auth) {
        throw new UnsupportedOperationException("facade");
    }

    public static boolean isAnonymous2(@NonNull Authentication authentication) {
        throw new UnsupportedOperationException("facade");
    }
}
