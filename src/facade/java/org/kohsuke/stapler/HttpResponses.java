// Compile-only facade: signatures of org.kohsuke.stapler:stapler:2088.v915606dc8e86 (the version core 2.568.2 uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package org.kohsuke.stapler;

/** The factories return {@link HttpResponseException} (an {@link HttpResponse} you may also throw), not HttpResponse. */
public class HttpResponses {
    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        private static final long serialVersionUID = 1L;

        public HttpResponseException() {}

        public HttpResponseException(String message) {
            super(message);
        }

        public HttpResponseException(String message, Throwable cause) {
            super(message, cause);
        }

        public HttpResponseException(Throwable cause) {
            super(cause);
        }
    }

    public static HttpResponseException ok() {
        throw new UnsupportedOperationException("facade");
    }

    public static HttpResponseException notFound() {
        throw new UnsupportedOperationException("facade");
    }

    public static HttpResponseException forbidden() {
        throw new UnsupportedOperationException("facade");
    }

    public static HttpResponseException status(final int code) {
        throw new UnsupportedOperationException("facade");
    }

    public static HttpResponseException error(int code, String errorMessage) {
        throw new UnsupportedOperationException("facade");
    }

    public static HttpResponseException errorWithoutStack(final int code, final String errorMessage) {
        throw new UnsupportedOperationException("facade");
    }

    public static HttpResponse text(final String text) {
        throw new UnsupportedOperationException("facade");
    }
}
