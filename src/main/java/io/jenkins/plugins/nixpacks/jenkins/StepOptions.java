package io.jenkins.plugins.nixpacks.jenkins;

import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What the form binding needs to know about {@link NixpacksBuildStep}'s options, read from the options themselves
 * so that a new option needs no entry here: the list options (a setter taking a {@code List}, written as text in
 * the forms) and, among them, the map options (kept as a {@code Map} in {@link BuildOptions}, written as
 * {@code KEY=value}).
 */
final class StepOptions {
    private static final Set<String> LISTS = collect(false);
    private static final Set<String> MAPS = collect(true);

    private StepOptions() {}

    static Set<String> listOptions() {
        return LISTS;
    }

    static Set<String> mapOptions() {
        return MAPS;
    }

    /** Calls the option's setter; an unknown name or a failing setter is an IllegalArgumentException. */
    static void set(NixpacksBuildStep step, String name, List<String> value) {
        if (!LISTS.contains(name)) {
            throw new IllegalArgumentException(name + " is not a list option of nixpacksBuild");
        }
        try {
            step.getClass().getMethod(setterName(name), List.class).invoke(step, value);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the setter of " + name + " cannot be called", e);
        }
    }

    private static Set<String> collect(boolean mapsOnly) {
        Set<String> names = new TreeSet<>();
        for (Method m : NixpacksBuildStep.class.getMethods()) {
            if (!m.isAnnotationPresent(DataBoundSetter.class)
                    || m.getParameterCount() != 1
                    || m.getParameterTypes()[0] != List.class) {
                continue;
            }
            String name =
                    Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
            if (!mapsOnly || isMapInCore(name)) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }

    private static boolean isMapInCore(String name) {
        try {
            return Map.class.isAssignableFrom(BuildOptions.class.getField(name).getType());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static String setterName(String name) {
        return "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
