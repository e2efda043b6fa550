// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

/**
 * The permission constants are null here (the real ones are built at class initialisation); code compiled against
 * this reads the real values at run time, because a non-String object constant is never inlined.
 */
public interface Item extends ModelObject, AccessControlled {
    String getName();

    String getFullName();

    String getFullDisplayName();

    String getUrl();

    Permission CREATE = null;
    Permission DELETE = null;
    Permission CONFIGURE = null;
    Permission READ = null;
    Permission DISCOVER = null;
    Permission EXTENDED_READ = null;
    Permission BUILD = null;
    Permission WORKSPACE = null;
    Permission CANCEL = null;
}
