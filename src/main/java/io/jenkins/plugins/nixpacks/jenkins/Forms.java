package io.jenkins.plugins.nixpacks.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.function.BooleanSupplier;
import jenkins.model.Jenkins;

/** What the step's and the builder's descriptors share: form validation and the credentials list. */
final class Forms {
    private Forms() {}

    static FormValidation validation(SettingsCheck.Result result) {
        return switch (result.level()) {
            case OK -> FormValidation.ok();
            case WARNING -> FormValidation.warning(result.message());
            case ERROR -> FormValidation.error(result.message());
        };
    }

    /**
     * The username/password credentials a job may use for {@code registryUrl}, as the Credentials plugin documents
     * (docs/consumer.adoc): without permission to see them, only the current value is kept.
     */
    static ListBoxModel registryCredentials(Item item, String registryUrl, String current) {
        String value = current == null ? "" : current;
        boolean allowed = mayListCredentials(
                item != null,
                () -> Jenkins.get().hasPermission(Jenkins.ADMINISTER),
                () -> item.hasPermission(Item.EXTENDED_READ),
                () -> item.hasPermission(CredentialsProvider.USE_ITEM));
        if (!allowed) {
            return new StandardListBoxModel().includeCurrentValue(value);
        }
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(
                        item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2,
                        item,
                        StandardUsernamePasswordCredentials.class,
                        URIRequirementBuilder.fromUri(registryUrl).build(),
                        CredentialsMatchers.always())
                .includeCurrentValue(value);
    }

    /**
     * Who may list credentials in a form: outside a job only an administrator; in a job whoever may see its
     * configuration or use its credentials. Only the permissions that matter are asked.
     */
    static boolean mayListCredentials(
            boolean inItem, BooleanSupplier administer, BooleanSupplier extendedRead, BooleanSupplier useItem) {
        if (!inItem) {
            return administer.getAsBoolean();
        }
        return extendedRead.getAsBoolean() || useItem.getAsBoolean();
    }
}
