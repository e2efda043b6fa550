// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials.common;

public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {}
