// Compile-only facade: signatures of org.jenkins-ci.main:remoting:3355.3357.v931d3c992987 (the version core 2.568.2
// uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package org.jenkinsci.remoting;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {}
