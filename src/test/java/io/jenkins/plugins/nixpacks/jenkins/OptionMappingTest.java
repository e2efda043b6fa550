package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every option of {@link BuildOptions} has a setter on the step and on the builder, each setter reaches its option,
 * and each has its form field and help. Reflective on purpose: an option added to the core without its mapping, or a
 * setter that writes nowhere, fails here.
 */
class OptionMappingTest {
    private static final String VIEWS = "/io/jenkins/plugins/nixpacks/jenkins/";

    @Test
    void theStepAndTheBuilderHaveASetterForEveryOption() {
        Set<String> options = optionNames();

        assertThat(setterNames(NixpacksBuildStep.class)).isEqualTo(options);
        assertThat(setterNames(NixpacksBuilder.class)).isEqualTo(options);
    }

    @Test
    void everyStepSetterReachesItsOptionAndItsGetter() throws Exception {
        NixpacksBuildStep step = new NixpacksBuildStep();
        Map<String, Object> given = new LinkedHashMap<>();
        for (Method setter : setters(NixpacksBuildStep.class)) {
            Object value = pipelineValue(setter);
            setter.invoke(step, value);
            given.put(property(setter), value);
        }

        BuildOptions o = step.toOptions();

        for (Map.Entry<String, Object> e : given.entrySet()) {
            assertThat(optionValue(o, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(getter(NixpacksBuildStep.class, e.getKey()).invoke(step))
                    .as("getter of " + e.getKey() + " (the Snippet Generator reads it)")
                    .isEqualTo(e.getValue());
        }
        assertEveryOptionDiffersFromTheDefault(o);
    }

    @Test
    void everyBuilderSetterReachesItsOption() throws Exception {
        NixpacksBuilder builder = new NixpacksBuilder();
        for (Method setter : setters(NixpacksBuilder.class)) {
            setter.invoke(builder, formValue(setter));
        }

        BuildOptions o = builder.toOptions(UnaryOperator.identity());

        for (Method setter : setters(NixpacksBuilder.class)) {
            String name = property(setter);
            Class<?> type = setter.getParameterTypes()[0];
            Object expected = type == boolean.class || type == Boolean.class
                    ? formValue(setter)
                    : parsed(name, (String) formValue(setter));
            assertThat(optionValue(o, name)).as(name).isEqualTo(expected);
        }
        assertEveryOptionDiffersFromTheDefault(o);
    }

    @Test
    void defaultsAreTheCoresDefaults() throws Exception {
        BuildOptions core = new BuildOptions();
        BuildOptions step = new NixpacksBuildStep().toOptions();
        BuildOptions builder = new NixpacksBuilder().toOptions(UnaryOperator.identity());

        for (Field f : optionFields()) {
            assertThat(f.get(step)).as("step " + f.getName()).isEqualTo(f.get(core));
            assertThat(f.get(builder)).as("builder " + f.getName()).isEqualTo(f.get(core));
        }
        assertThat(step.saveCache)
                .as("automatic: on, except in a pull-request build")
                .isNull();
        assertThat(step.path).isEqualTo(".");
    }

    @Test
    void everyFieldHasItsFormEntryAndHelpInBothViews() throws IOException {
        for (String folder : List.of("NixpacksBuildStep", "NixpacksBuilder")) {
            String jelly = resource(VIEWS + folder + "/config.jelly");
            assertThat(resource(VIEWS + folder + "/help.html")).contains("<div>");
            for (String name : optionNames()) {
                assertThat(jelly).as(folder + " config.jelly").contains("field=\"" + name + "\"");
                assertThat(resource(VIEWS + folder + "/help-" + name + ".html"))
                        .as(folder + "/help-" + name + ".html")
                        .contains("<div>");
            }
        }
    }

    @Test
    void everyHelpNamesTheDefault() throws IOException {
        for (String folder : List.of("NixpacksBuildStep", "NixpacksBuilder")) {
            for (String name : optionNames()) {
                String help = resource(VIEWS + folder + "/help-" + name + ".html");
                assertThat(help.contains("Default") || help.contains("Required"))
                        .as(folder + "/help-" + name + ".html says what happens when it is left empty")
                        .isTrue();
            }
        }
    }

    private static void assertEveryOptionDiffersFromTheDefault(BuildOptions o) throws IllegalAccessException {
        BuildOptions defaults = new BuildOptions();
        List<String> unchanged = new ArrayList<>();
        for (Field f : optionFields()) {
            if (Objects.equals(f.get(o), f.get(defaults))) {
                unchanged.add(f.getName());
            }
        }
        assertThat(unchanged).as("options no setter reached").isEmpty();
    }

    /** A value a Pipeline script could pass, different from the default. */
    private static Object pipelineValue(Method setter) {
        String name = property(setter);
        Class<?> type = setter.getParameterTypes()[0];
        if (type == boolean.class) {
            return !defaultBoolean(name);
        }
        if (type == Boolean.class) {
            return Boolean.FALSE; // the default is null: automatic
        }
        if (type == List.class) {
            return List.of(name + "-one", name + "-two");
        }
        if (type == Map.class) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("K_" + name.toUpperCase(java.util.Locale.ROOT), "v=" + name);
            return m;
        }
        return "value-" + name;
    }

    /** A value the freestyle form could submit. */
    private static Object formValue(Method setter) {
        String name = property(setter);
        Class<?> type = setter.getParameterTypes()[0];
        if (type == boolean.class) {
            return !defaultBoolean(name);
        }
        if (type == Boolean.class) {
            return Boolean.FALSE; // the default is null: automatic
        }
        if (isMap(name)) {
            return "K_" + name + "=v=" + name + "\nSECOND=2";
        }
        if (isList(name)) {
            return name + "-one, " + name + "-two\n" + name + "-three";
        }
        return "value-" + name;
    }

    private static Object parsed(String name, String text) {
        if (isMap(name)) {
            return OptionText.pairs(text, name);
        }
        if (isList(name)) {
            return OptionText.items(text);
        }
        return text;
    }

    private static boolean isList(String name) {
        return List.of("providers", "aptPkgs", "cacheFrom", "cacheDirectories", "layerCacheFrom")
                .contains(name);
    }

    private static boolean isMap(String name) {
        return List.of("variables", "buildArgs", "labels").contains(name);
    }

    private static boolean defaultBoolean(String name) {
        try {
            return BuildOptions.class.getField(name).getBoolean(new BuildOptions());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object optionValue(BuildOptions o, String name) {
        try {
            return BuildOptions.class.getField(name).get(o);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("BuildOptions has no option " + name, e);
        }
    }

    private static Set<String> optionNames() {
        Set<String> names = new TreeSet<>();
        for (Field f : optionFields()) {
            names.add(f.getName());
        }
        assertThat(names).as("BuildOptions' options").hasSizeGreaterThan(20);
        return names;
    }

    private static List<Field> optionFields() {
        List<Field> fields = new ArrayList<>();
        for (Field f : BuildOptions.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static List<Method> setters(Class<?> c) {
        List<Method> out = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class)) {
                assertThat(m.getParameterCount()).as(m.getName()).isEqualTo(1);
                out.add(m);
            }
        }
        return out;
    }

    private static Set<String> setterNames(Class<?> c) {
        Set<String> names = new TreeSet<>();
        setters(c).forEach(m -> names.add(property(m)));
        return names;
    }

    private static String property(Method setter) {
        String n = setter.getName().substring(3);
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static Method getter(Class<?> c, String property) throws NoSuchMethodException {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        try {
            return c.getMethod("get" + cap);
        } catch (NoSuchMethodException e) {
            return c.getMethod("is" + cap);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OptionMappingTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
