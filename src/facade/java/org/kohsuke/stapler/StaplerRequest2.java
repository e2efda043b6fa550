// Compile-only facade: signatures of org.kohsuke.stapler:stapler:2088.v915606dc8e86 (the version core 2.568.2 uses).
// Never packaged; method bodies throw. See src/facade/README.md.
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import net.sf.json.JSONObject;

public interface StaplerRequest2 extends HttpServletRequest {
    String getRestOfPath();

    <T> T findAncestorObject(Class<T> type);

    <T> T bindJSON(Class<T> type, JSONObject src);

    void bindJSON(Object bean, JSONObject src);

    JSONObject getSubmittedForm() throws ServletException;
}
