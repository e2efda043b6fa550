// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * {@link #load()} and {@link #save()} do nothing here (the one exception to "bodies throw"): a facade cannot persist,
 * and configuration beans whose constructor loads and whose setters save must stay unit-testable.
 */
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor(Class<? extends T> clazz) {}

    protected Descriptor() {}

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("facade");
    }

    public String getId() {
        throw new UnsupportedOperationException("facade");
    }

    public Class<T> getT() {
        throw new UnsupportedOperationException("facade");
    }

    public String getHelpFile(final String fieldName) {
        throw new UnsupportedOperationException("facade");
    }

    public T newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
        throw new UnsupportedOperationException("facade");
    }

    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("facade");
    }

    public String getConfigPage() {
        throw new UnsupportedOperationException("facade");
    }

    public String getGlobalConfigPage() {
        throw new UnsupportedOperationException("facade");
    }

    public synchronized void save() {}

    public synchronized void load() {}

    public static final class FormException extends Exception implements HttpResponse {
        private static final long serialVersionUID = 1L;

        public FormException(String message, String formField) {
            throw new UnsupportedOperationException("facade");
        }

        public FormException(String message, Throwable cause, String formField) {
            throw new UnsupportedOperationException("facade");
        }

        public FormException(Throwable cause, String formField) {
            throw new UnsupportedOperationException("facade");
        }

        public String getFormField() {
            throw new UnsupportedOperationException("facade");
        }
    }
}
