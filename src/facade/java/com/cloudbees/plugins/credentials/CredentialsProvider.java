// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.security.Permission;
import java.util.List;

/** The permission constants are null here; the real values are read at run time (object constants are not inlined). */
@SuppressWarnings("rawtypes")
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider> {
    public static final Permission USE_OWN = null;
    public static final Permission USE_ITEM = null;
    public static final Permission VIEW = null;

    public CredentialsProvider() {}

    @Override
    public Descriptor<CredentialsProvider> getDescriptor() {
        throw new UnsupportedOperationException("facade");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String id,
            @NonNull Class<C> type,
            @NonNull Run<?, ?> run,
            @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("facade");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("facade");
    }
}
