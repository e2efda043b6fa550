// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

public abstract class Actionable implements ModelObject {
    public <T extends Action> List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException("facade");
    }

    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("facade");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("facade");
    }
}
