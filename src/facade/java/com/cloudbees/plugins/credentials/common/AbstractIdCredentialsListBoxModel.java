// Compile-only facade: signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0.
// Never packaged; method bodies throw. See src/facade/README.md.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * The builder methods return {@code AbstractIdCredentialsListBoxModel<T, C>}, not {@code T}: chains compile against
 * this erasure. Subset: the ItemGroup overloads and the deprecated acegi/with* methods are left out.
 */
public abstract class AbstractIdCredentialsListBoxModel<
                T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
        extends ListBoxModel {
    private static final long serialVersionUID = 1L;

    @NonNull
    protected abstract String describe(@NonNull C c);

    @NonNull
    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        throw new UnsupportedOperationException("facade");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(
            @NonNull Authentication authentication, @Nullable Item context, @NonNull Class<? extends C> type) {
        throw new UnsupportedOperationException("facade");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(
            @NonNull Authentication authentication,
            @Nullable Item context,
            @NonNull Class<? extends C> type,
            @NonNull List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("facade");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
            @NonNull Authentication authentication,
            @Nullable Item context,
            @NonNull Class<? extends C> type,
            @NonNull List<DomainRequirement> domainRequirements,
            @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("facade");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(@NonNull String value) {
        throw new UnsupportedOperationException("facade");
    }
}
