package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.tasks.Builder;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.util.Map;
import java.util.function.UnaryOperator;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;

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
        NixpacksBuilder b = new NixpacksBuilder();
        b.setImage("reg/app:${BUILD_NUMBER}");
        b.setCacheFrom("reg/cache:${BUILD_NUMBER}");
        b.setBuildArgs("VERSION=${BUILD_NUMBER}");
        b.setLabels("build= ${BUILD_NUMBER} ");
        b.setInstallCmd("echo ${BUILD_NUMBER}");
        b.setVariables("PATH=/app/bin:${BUILD_NUMBER}");
        b.setRegistryCredentialsId("creds-${BUILD_NUMBER}");

        BuildOptions o = b.toOptions(EXPAND);

        assertThat(o.image).isEqualTo("reg/app:42");
        assertThat(o.cacheFrom).containsExactly("reg/cache:42");
        assertThat(o.buildArgs).containsExactly(Map.entry("VERSION", "42"));
        assertThat(o.labels).as("values keep their spaces").containsExactly(Map.entry("build", " 42 "));
        assertThat(o.installCmd).isEqualTo("echo ${BUILD_NUMBER}");
        assertThat(o.variables).containsExactly(Map.entry("PATH", "/app/bin:${BUILD_NUMBER}"));
        assertThat(o.registryCredentialsId)
                .as("findCredentialById expands build parameters itself")
                .isEqualTo("creds-${BUILD_NUMBER}");
    }

    @Test
    void aValueThatExpandsToNothingIsUnset() {
        NixpacksBuilder b = new NixpacksBuilder();
        b.setCacheImage("${EMPTY}");
        b.setPath("${EMPTY}");

        BuildOptions o = b.toOptions(s -> s.replace("${EMPTY}", ""));

        assertThat(o.cacheImage).isNull();
        assertThat(o.path).isEqualTo(".");
    }

    @Test
    void aBadKeyValueLineIsReportedWithOptionAndLine() {
        NixpacksBuilder b = new NixpacksBuilder();
        b.setBuildArgs("A=1\nnot a pair");

        assertThatThrownBy(() -> b.toOptions(UnaryOperator.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buildArgs")
                .hasMessageContaining("line 2")
                .hasMessageContaining("not a pair");
    }

    @Test
    void blankTextIsUnset() {
        NixpacksBuilder b = new NixpacksBuilder();
        b.setCacheFrom("  \n ");
        b.setImage(" ");

        assertThat(b.getCacheFrom()).isNull();
        assertThat(b.getImage()).isNull();
        assertThat(b.getSaveCache())
                .as("saving is automatic by default: on, except in a pull-request build")
                .isNull();
    }
}
