// Compile-only stub: the type net.sf.json.JSONObject of org.kohsuke.stapler:json-lib:2.4-jenkins-15 (as core 2.568.2
// uses).
// Never packaged. See src/facade/README.md.
package net.sf.json;

/**
 * Subset: the real class also extends {@code AbstractJSON} and implements {@code JSON}, {@code Map<String, Object>}
 * and {@code Comparable}. The plugin reads the text fields of a submitted form with {@link #optString} and takes
 * them out with {@link #remove(String)} before data binding.
 */
public final class JSONObject {
    public JSONObject() {
        throw new UnsupportedOperationException("facade");
    }

    /** The value as a string, or {@code ""} when the key is absent. */
    public String optString(String key) {
        throw new UnsupportedOperationException("facade");
    }

    /** The real class has this overload besides {@code remove(Object)} from {@code Map}. */
    public Object remove(String key) {
        throw new UnsupportedOperationException("facade");
    }
}
