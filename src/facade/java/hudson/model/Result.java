// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** The constants are distinct placeholder instances; their methods throw. */
public final class Result implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final @NonNull Result SUCCESS = new Result();
    public static final @NonNull Result UNSTABLE = new Result();
    public static final @NonNull Result FAILURE = new Result();
    public static final @NonNull Result NOT_BUILT = new Result();
    public static final @NonNull Result ABORTED = new Result();

    private Result() {}

    public @NonNull Result combine(@NonNull Result that) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isWorseThan(@NonNull Result that) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isBetterOrEqualTo(@NonNull Result that) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean isCompleteBuild() {
        throw new UnsupportedOperationException("facade");
    }

    public static @NonNull Result fromString(@NonNull String s) {
        throw new UnsupportedOperationException("facade");
    }
}
