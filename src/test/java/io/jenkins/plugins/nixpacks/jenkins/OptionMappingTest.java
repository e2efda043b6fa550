package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every option of {@link BuildOptions} has its setter on the step, the one description of the options; each setter
 * reaches its option and its getter; the builder takes all of them from the step; each option has its form entry
 * and help, once. Reflective on purpose: an option added to the core without its setter, or a setter that writes
 * nowhere, fails here.
 */
class OptionMappingTest {
    private static final String VIEWS = "/io/jenkins/plugins/nixpacks/jenkins/";

    @Test
    void theStepHasASetterForEveryOption() {
        assertThat(setterNames(NixpacksBuildStep.class)).isEqualTo(optionNames());
    }

    @Test
    void theBuilderHasNoOptionsOfItsOwnButTheStepsOptions() throws Exception {
        assertThat(setters(NixpacksBuilder.class))
                .as("options are described once, on the step")
                .isEmpty();
        Constructor<NixpacksBuilder> c = NixpacksBuilder.class.getConstructor(NixpacksBuildStep.class);
        assertThat(c.isAnnotationPresent(DataBoundConstructor.class)).isTrue();
        assertThat(c.getParameters()[0].getName())
                .as("the property f:property field=\"options\" binds")
                .isEqualTo("options");
        assertThat(NixpacksBuilder.class.getMethod("getOptions").getReturnType())
                .isEqualTo(NixpacksBuildStep.class);
    }

    @Test
    void everyStepSetterReachesItsOptionAndItsGetter() throws Exception {
        NixpacksBuildStep step = stepWithEveryOption();
        BuildOptions o = step.toOptions();

        for (Method setter : setters(NixpacksBuildStep.class)) {
            String name = property(setter);
            Object given = pipelineValue(setter);
            assertThat(optionValue(o, name)).as(name).isEqualTo(expectedInCore(name, given));
            assertThat(getter(NixpacksBuildStep.class, name).invoke(step))
                    .as("getter of " + name + " (the Snippet Generator reads it)")
                    .isEqualTo(given);
        }
        assertEveryOptionDiffersFromTheDefault(o);
    }

    @Test
    void theBuilderBuildsWithEveryOptionOfItsStep() throws Exception {
        NixpacksBuildStep step = stepWithEveryOption();
        BuildOptions fromStep = step.toOptions();

        BuildOptions fromBuilder = new NixpacksBuilder(step).toOptions(UnaryOperator.identity());

        for (Field f : optionFields()) {
            assertThat(f.get(fromBuilder)).as(f.getName()).isEqualTo(f.get(fromStep));
        }
    }

    @Test
    void defaultsAreTheCoresDefaults() throws Exception {
        BuildOptions core = new BuildOptions();
        BuildOptions step = new NixpacksBuildStep().toOptions();
        BuildOptions builder = new NixpacksBuilder(null).toOptions(UnaryOperator.identity());

        for (Field f : optionFields()) {
            assertThat(f.get(step)).as("step " + f.getName()).isEqualTo(f.get(core));
            assertThat(f.get(builder)).as("builder " + f.getName()).isEqualTo(f.get(core));
        }
        assertThat(new NixpacksBuildStep().getSaveCache())
                .as("unset is automatic")
                .isNull();
        assertThat(step.path).isEqualTo(".");
    }

    @Test
    void everyOptionHasItsFormEntryAndHelpOnce() throws IOException {
        String jelly = resource(VIEWS + "NixpacksBuildStep/config.jelly");
        assertThat(resource(VIEWS + "NixpacksBuildStep/help.html")).contains("<div>");
        for (String name : optionNames()) {
            assertThat(jelly).as("NixpacksBuildStep/config.jelly").contains("field=\"" + name + "\"");
            assertThat(resource(VIEWS + "NixpacksBuildStep/help-" + name + ".html"))
                    .as("help-" + name + ".html")
                    .contains("<div>");
            assertThat(NixpacksBuilder.class.getResource(VIEWS + "NixpacksBuilder/help-" + name + ".html"))
                    .as("the builder renders the step's form and help; a second help file would drift")
                    .isNull();
        }
        assertThat(resource(VIEWS + "NixpacksBuilder/config.jelly")).contains("<f:property field=\"options\"/>");
        assertThat(resource(VIEWS + "NixpacksBuilder/help.html")).contains("<div>");
    }

    /** Checks and fills live once, on the step's descriptor's superclass; each one names a real option. */
    @Test
    void everyCheckAndFillOfTheFormNamesAnOptionAndIsPublicOnTheDescriptor() {
        Set<String> named = new TreeSet<>();
        for (Method m : NixpacksBuildStep.DescriptorImpl.class.getMethods()) {
            String n = m.getName();
            if (n.startsWith("doCheck")) {
                named.add(Character.toLowerCase(n.charAt(7)) + n.substring(8));
            } else if (n.startsWith("doFill") && n.endsWith("Items")) {
                named.add(Character.toLowerCase(n.charAt(6)) + n.substring(7, n.length() - "Items".length()));
            }
        }
        assertThat(named).hasSizeGreaterThan(15).containsAll(List.of("image", "registryCredentialsId", "saveCache"));
        assertThat(optionNames()).containsAll(named);
        assertThat(Modifier.isPublic(OptionsDescriptor.class.getModifiers()))
                .as("Stapler calls the inherited methods by reflection from its own package")
                .isTrue();
    }

    @Test
    void everyHelpNamesTheDefault() throws IOException {
        for (String name : optionNames()) {
            String help = resource(VIEWS + "NixpacksBuildStep/help-" + name + ".html");
            assertThat(help.contains("Default") || help.contains("Required"))
                    .as("help-" + name + ".html says what happens when it is left empty")
                    .isTrue();
        }
    }

    private static NixpacksBuildStep stepWithEveryOption() throws Exception {
        NixpacksBuildStep step = new NixpacksBuildStep();
        for (Method setter : setters(NixpacksBuildStep.class)) {
            setter.invoke(step, pipelineValue(setter));
        }
        return step;
    }

    /** What BuildOptions holds for a Pipeline value: the map options as maps, the rest as given. */
    private static Object expectedInCore(String name, Object given) {
        if (StepOptions.mapOptions().contains(name)) {
            return OptionText.pairsOf((List<?>) given, name);
        }
        return given;
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
            return !defaultBoolean(name); // differs from the core's default, which "automatic" stands for today
        }
        if (type == List.class && StepOptions.mapOptions().contains(name)) {
            return List.of("K_" + name.toUpperCase(java.util.Locale.ROOT) + "=v=" + name, "SECOND=2");
        }
        if (type == List.class) {
            return List.of(name + "-one", name + "-two");
        }
        return "value-" + name;
    }

    private static boolean defaultBoolean(String name) {
        try {
            // boolean or Boolean (null = automatic): anything but true counts as off.
            return Boolean.TRUE.equals(BuildOptions.class.getField(name).get(new BuildOptions()));
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
