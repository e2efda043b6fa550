package io.jenkins.plugins.nixpacks.jenkins;

import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which options of the freestyle builder get Jenkins variables ({@code ${BUILD_NUMBER}}) expanded: every text, list
 * and map value, except those whose {@code $} belongs to someone else. Read from {@link BuildOptions}' fields, so a
 * new option is expanded without an entry here.
 */
final class FreestyleExpansion {
    /**
     * Commands and plan variables: their {@code $} is for the container's shell and the Dockerfile. The credentials
     * id: the Credentials plugin expands build parameters itself.
     */
    static final Set<String> NOT_EXPANDED =
            Set.of("installCmd", "buildCmd", "startCmd", "variables", "registryCredentialsId");

    private FreestyleExpansion() {}

    /** {@code options} with {@code expand} applied; texts are trimmed, blank items dropped, map keys kept. */
    static BuildOptions apply(BuildOptions options, UnaryOperator<String> expand) {
        UnaryOperator<String> x = v -> v == null ? null : OptionText.trimToNull(expand.apply(v));
        try {
            for (Field f : BuildOptions.class.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) || NOT_EXPANDED.contains(f.getName())) {
                    continue;
                }
                Object v = f.get(options);
                if (v instanceof String s) {
                    f.set(options, x.apply(s));
                } else if (v instanceof List<?> list) {
                    List<String> out = new ArrayList<>();
                    for (Object item : list) {
                        String e = x.apply(String.valueOf(item));
                        if (e != null) {
                            out.add(e);
                        }
                    }
                    f.set(options, out);
                } else if (v instanceof Map<?, ?> map) {
                    // Values are expanded but not trimmed: their spaces may matter.
                    Map<String, String> out = new LinkedHashMap<>();
                    map.forEach((k, val) -> {
                        String s = String.valueOf(val);
                        String e = s.isBlank() ? s : expand.apply(s);
                        out.put(String.valueOf(k), e == null ? "" : e);
                    });
                    f.set(options, out);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("BuildOptions fields are public", e);
        }
        if (options.path == null) {
            options.path = ".";
        }
        return options;
    }
}
