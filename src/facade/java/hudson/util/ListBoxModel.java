// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

/** {@code add(String)} returns the model but {@code add(String, String)} returns void, as in the real class. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    private static final long serialVersionUID = 1L;

    public ListBoxModel() {}

    public void add(@NonNull String displayName, @NonNull String value) {
        throw new UnsupportedOperationException("facade");
    }

    public ListBoxModel add(@NonNull String nameAndValue) {
        throw new UnsupportedOperationException("facade");
    }

    public static final class Option {
        @NonNull
        public String name;

        @NonNull
        public String value;

        public boolean selected;

        public Option(@NonNull String name, @NonNull String value) {
            throw new UnsupportedOperationException("facade");
        }

        public Option(@NonNull String name) {
            throw new UnsupportedOperationException("facade");
        }

        public Option(@NonNull String name, @NonNull String value, boolean selected) {
            throw new UnsupportedOperationException("facade");
        }
    }
}
