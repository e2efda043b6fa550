// Compile-only stub: the type net.sf.json.JSONObject of org.kohsuke.stapler:json-lib:2.4-jenkins-15 (as core 2.568.2
// uses).
// Never packaged. See src/facade/README.md.
package net.sf.json;

/** Only the type: the plugin passes it through {@code Descriptor.configure} and never reads it. */
public final class JSONObject {
    public JSONObject() {
        throw new UnsupportedOperationException("facade");
    }
}
