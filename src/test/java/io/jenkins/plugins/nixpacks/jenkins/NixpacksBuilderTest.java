package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.tasks.Builder;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

class NixpacksBuilderTest {
    /** Stands for EnvVars.expand with BUILD_NUMBER=42 (the facade's EnvVars cannot expand). */
    private static final UnaryOperator<String> EXPAND = s -> s.replace("${BUILD_NUMBER}", "42");

    @Test
    void isASimpleBuildStepForEveryJobTypeWithItsOwnSymbol() {
        NixpacksBuilder.DescriptorImpl d = new NixpacksBuilder.DescriptorImpl();

        assertThat(d.isApplicable(AbstractProject.class)).isTrue();
        assertThat(d.getDisplayName()).isNotBlank();
        assertThat(SimpleBuildStep.class).isAssignableFrom(NixpacksBuilder.class);
        assertThat(Builder.class).isAssignableFrom(NixpacksBuilder.class);
        Class<?> dc = NixpacksBuilder.DescriptorImpl.class;
        assertThat(dc.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(dc.getAnnotation(Symbol.class).value())
                .as("not the step's function name: a Pipeline call must reach the step")
                .containsExactly("nixpacks");
    }

    @Test
    void jenkinsVariablesAreExpandedExceptWhereTheContainerReadsThem() {
        NixpacksBuildStep options = new NixpacksBuildStep();
        options.setImage("reg/app:${BUILD_NUMBER}");
        options.setCacheFrom(List.of("reg/cache:${BUILD_NUMBER}"));
        options.setBuildArgs(List.of("VERSION=${BUILD_NUMBER}"));
        options.setLabels(List.of("build= ${BUILD_NUMBER} "));
        options.setInstallCmd("echo ${BUILD_NUMBER}");
        options.setVariables(List.of("PATH=/app/bin:${BUILD_NUMBER}"));
        options.setRegistryCredentialsId("creds-${BUILD_NUMBER}");

        BuildOptions o = new NixpacksBuilder(options).toOptions(EXPAND);

        assertThat(o.image).isEqualTo("reg/app:42");
        assertThat(o.cacheFrom).containsExactly("reg/cache:42");
        assertThat(o.buildArgs).containsExactly(Map.entry("VERSION", "42"));
        assertThat(o.labels).as("values keep their spaces").containsExactly(Map.entry("build", " 42 "));
        assertThat(o.installCmd).isEqualTo("echo ${BUILD_NUMBER}");
        assertThat(o.variables).containsExactly(Map.entry("PATH", "/app/bin:${BUILD_NUMBER}"));
        assertThat(o.registryCredentialsId)
                .as("findCredentialById expands build parameters itself")
                .isEqualTo("creds-${BUILD_NUMBER}");
        assertThat(options.getImage())
                .as("the configured options stay as written")
                .isEqualTo("reg/app:${BUILD_NUMBER}");
    }

    /** A new option is expanded without being listed anywhere: only the named exceptions keep their $. */
    @Test
    void everyTextListAndMapOptionIsExpandedButTheExceptions() throws Exception {
        NixpacksBuildStep options = new NixpacksBuildStep();
        for (Method setter : NixpacksBuildStep.class.getMethods()) {
            if (!setter.isAnnotationPresent(DataBoundSetter.class)) {
                continue;
            }
            Class<?> type = setter.getParameterTypes()[0];
            if (type == String.class) {
                setter.invoke(options, "v${BUILD_NUMBER}");
            } else if (type == List.class) {
                setter.invoke(options, List.of("K=v${BUILD_NUMBER}"));
            }
        }

        BuildOptions o = new NixpacksBuilder(options).toOptions(EXPAND);

        int checked = 0;
        for (Field f : BuildOptions.class.getFields()) {
            Object v = f.get(o);
            if (!(v instanceof String || v instanceof List || v instanceof Map)) {
                continue;
            }
            checked++;
            boolean expanded = !String.valueOf(v).contains("${BUILD_NUMBER}");
            assertThat(expanded)
                    .as(f.getName() + " = " + v)
                    .isEqualTo(!FreestyleExpansion.NOT_EXPANDED.contains(f.getName()));
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void aValueThatExpandsToNothingIsUnset() {
        NixpacksBuildStep options = new NixpacksBuildStep();
        options.setCacheImage("${EMPTY}");
        options.setPath("${EMPTY}");
        options.setCacheFrom(List.of("${EMPTY}", "reg/a:1"));

        BuildOptions o = new NixpacksBuilder(options).toOptions(s -> s.replace("${EMPTY}", ""));

        assertThat(o.cacheImage).isNull();
        assertThat(o.path).isEqualTo(".");
        assertThat(o.cacheFrom).containsExactly("reg/a:1");
    }

    @Test
    void noOptionsAreTheDefaults() {
        NixpacksBuilder b = new NixpacksBuilder(null);

        assertThat(b.getOptions().getImage()).isNull();
        assertThat(b.getOptions().getSaveCache())
                .as("saving is automatic by default")
                .isNull();
        assertThat(b.toOptions(EXPAND).path).isEqualTo(".");
    }
}
