// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package hudson.util;

import org.kohsuke.stapler.HttpResponse;

public abstract class FormValidation extends java.io.IOException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    private FormValidation() {}

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("facade");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("facade");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("facade");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("facade");
    }

    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException("facade");
    }

    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException("facade");
    }

    public abstract String renderHtml();
}
