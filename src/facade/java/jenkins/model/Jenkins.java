// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import org.springframework.security.core.Authentication;

/** The permission constants are null here; the real values are read at run time (object constants are not inlined). */
@SuppressWarnings("rawtypes")
public class Jenkins implements AccessControlled {
    public static final Permission ADMINISTER = null;
    public static final Permission MANAGE = null;
    public static final Permission SYSTEM_READ = null;
    public static final Permission READ = null;

    private Jenkins() {}

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("facade");
    }

    public static Jenkins getInstanceOrNull() {
        throw new UnsupportedOperationException("facade");
    }

    public static @NonNull Authentication getAuthentication2() {
        throw new UnsupportedOperationException("facade");
    }

    public @Nullable String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("facade");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("facade");
    }

    @NonNull
    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        throw new UnsupportedOperationException("facade");
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException("facade");
    }

    public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public @NonNull ACL getACL() {
        throw new UnsupportedOperationException("facade");
    }
}
