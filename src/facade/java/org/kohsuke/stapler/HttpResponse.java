// Compile-only facade: signatures of org.kohsuke.stapler:stapler:2088.v915606dc8e86 (the version core 2.568.2 uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

public interface HttpResponse {
    default void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("facade");
    }
}
