// Compile-only facade: signatures of org.kohsuke.stapler:stapler:2088.v915606dc8e86 (the version core 2.568.2 uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

public interface StaplerResponse2 extends HttpServletResponse {}
