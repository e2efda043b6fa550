// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;

public class ExtensionList<T> extends AbstractList<T> {
    ExtensionList() {}

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("facade");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("facade");
    }

    public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
        throw new UnsupportedOperationException("facade");
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("facade");
    }

    public static @NonNull <U> U lookupFirst(Class<U> type) {
        throw new UnsupportedOperationException("facade");
    }
}
