package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;

class NixpacksBuildStepTest {
    private final NixpacksBuildStep.DescriptorImpl descriptor = new NixpacksBuildStep.DescriptorImpl();

    @Test
    void isTheNixpacksBuildFunctionAndNeedsANode() {
        assertThat(descriptor.getFunctionName()).isEqualTo("nixpacksBuild");
        assertThat(descriptor.getDisplayName()).isNotBlank();
        Set<Class<?>> context = new HashSet<>(descriptor.getRequiredContext());
        assertThat(context)
                .containsExactlyInAnyOrder(
                        Run.class, FilePath.class, Launcher.class, TaskListener.class, EnvVars.class);
    }

    @Test
    void theDescriptorIsAnExtensionWithItsSymbol() {
        Class<?> d = NixpacksBuildStep.DescriptorImpl.class;
        assertThat(d.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(d.getAnnotation(Symbol.class).value()).containsExactly("nixpacksBuild");
    }

    @Test
    void everyArgumentIsNamedAndOptional() throws NoSuchMethodException {
        assertThat(NixpacksBuildStep.class.getConstructor().isAnnotationPresent(DataBoundConstructor.class))
                .isTrue();
    }

    @Test
    void pipelineListsAndMapsBecomePlainStrings() {
        NixpacksBuildStep step = new NixpacksBuildStep();
        Map<Object, Object> vars = new LinkedHashMap<>();
        vars.put(" PORT ", 8080);
        vars.put("DEBUG", null);
        List<Object> from = new java.util.ArrayList<>(List.of(" reg/a:1 ", new StringBuilder("reg/b:2")));
        from.add(null);
        from.add("  ");

        setRaw(step, descriptor.customInstantiate(Map.of("variables", vars)).get("variables"), from);

        BuildOptions o = step.toOptions();
        assertThat(o.variables).containsExactly(Map.entry("PORT", "8080"), Map.entry("DEBUG", ""));
        assertThat(o.cacheFrom).containsExactly("reg/a:1", "reg/b:2");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setRaw(NixpacksBuildStep step, Object vars, List from) {
        step.setVariables((List) vars);
        step.setCacheFrom(from);
    }

    @Test
    void aMapEntryWithoutAKeyIsRefusedNamingTheOption() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(" ", "x");

        assertThatThrownBy(() -> new NixpacksBuildStep().setLabels(List.of(" =x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels")
                .hasMessageContaining("KEY=value");
        assertThatThrownBy(() -> new NixpacksBuildStep().setLabels(List.of("novalue")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels");
        assertThatThrownBy(() -> descriptor.customInstantiate(Map.of("labels", m)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels");
    }

    @Test
    void blankStringsAreUnsetAndABlankPathIsTheWorkspace() {
        NixpacksBuildStep step = new NixpacksBuildStep();
        step.setImage("  reg/app:1 ");
        step.setCacheImage(" ");
        step.setPath("");

        BuildOptions o = step.toOptions();
        assertThat(o.image).isEqualTo("reg/app:1");
        assertThat(o.cacheImage).isNull();
        assertThat(o.path).isEqualTo(".");
    }

    @Test
    void theExecutionGetsACopyOfTheOptions() {
        NixpacksBuildStep step = new NixpacksBuildStep();
        step.setImage("reg/app:1");
        step.setCacheFrom(List.of("reg/cache:main"));

        BuildOptions first = step.toOptions();
        first.image = "changed";
        first.cacheFrom.add("changed");
        StepExecution execution = step.start(new NoContext());

        assertThat(step.toOptions().image).isEqualTo("reg/app:1");
        assertThat(step.getCacheFrom()).containsExactly("reg/cache:main");
        assertThat(execution).isInstanceOf(NixpacksBuildStep.Execution.class);
    }

    @Test
    void theSnippetGeneratorsTextFormsBecomeListsAndMaps() {
        NixpacksBuildStep step = new NixpacksBuildStep();

        step.setText("cacheFrom", "reg/a:1, reg/b:2\n\nreg/c:3\n");
        step.setText("aptPkgs", "libpq-dev");
        step.setText("variables", "NODE_ENV=production\n# a comment\nPATH=/app/bin:$PATH\n");
        step.setText("labels", "{}");

        assertThat(step.getCacheFrom()).containsExactly("reg/a:1", "reg/b:2", "reg/c:3");
        assertThat(step.getAptPkgs()).containsExactly("libpq-dev");
        assertThat(step.getVariables()).containsExactly("NODE_ENV=production", "PATH=/app/bin:$PATH");
        assertThat(step.getLabels()).isEmpty();
        assertThat(StepOptions.mapOptions()).containsExactlyInAnyOrder("variables", "buildArgs", "labels");
        assertThat(StepOptions.listOptions())
                .containsExactlyInAnyOrder(
                        "providers",
                        "aptPkgs",
                        "cacheFrom",
                        "cacheDirectories",
                        "layerCacheFrom",
                        "variables",
                        "buildArgs",
                        "labels");
        for (String name : StepOptions.listOptions()) {
            step.setText(name, ""); // every text option is known to setText
        }
        assertThatThrownBy(() -> step.setText("buildArgs", "=value"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buildArgs")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> step.setText("image", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormShowsListsAndMapsAsTheTextItParses() {
        NixpacksBuildStep step = new NixpacksBuildStep();
        step.setCacheFrom(List.of("reg/a:1", "reg/b:2"));
        step.setBuildArgs(List.of("A=1", "LIST=a,b"));

        NixpacksBuildStep again = new NixpacksBuildStep();
        again.setText("cacheFrom", descriptor.text(step.getCacheFrom()));
        again.setText("buildArgs", descriptor.text(step.getBuildArgs()));

        assertThat(again.getCacheFrom()).isEqualTo(step.getCacheFrom());
        assertThat(again.getBuildArgs()).isEqualTo(step.getBuildArgs());
        assertThat(descriptor.text(null)).isEmpty();
    }

    @Test
    void aGroovyMapForAMapOptionBecomesKeyValueStringsAndTheRestPassesUnchanged() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("NODE_ENV", "production");
        vars.put("PORT", 8080);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("variables", vars);
        args.put("buildArgs", List.of("A=1"));
        args.put("image", "reg/app:1");

        Map<String, Object> out = descriptor.customInstantiate(args);

        assertThat(out.get("variables")).isEqualTo(List.of("NODE_ENV=production", "PORT=8080"));
        assertThat(out.get("buildArgs")).isEqualTo(List.of("A=1"));
        assertThat(out.get("image")).isEqualTo("reg/app:1");
        assertThat(args.get("variables")).as("the input is not changed").isSameAs(vars);
    }

    @Test
    void saveCacheIsTriStateWithAutomaticUnset() {
        NixpacksBuildStep step = new NixpacksBuildStep();
        assertThat(step.getSaveCache()).isNull();
        assertThat(step.toOptions().saveCache)
                .as("automatic: the core's default")
                .isEqualTo(new BuildOptions().saveCache);

        step.setSaveCache(false);
        assertThat(step.getSaveCache()).isFalse();
        assertThat(step.toOptions().saveCache).isEqualTo(false);

        assertThat(OptionText.triState("")).isNull();
        assertThat(OptionText.triState("true")).isTrue();
        assertThat(OptionText.triState("false")).isFalse();
        assertThat(NixpacksBuildStep.DescriptorImpl.SAVE_CACHE_CHOICES)
                .extracting(Map.Entry::getValue)
                .as("each choice is what triState reads back")
                .containsExactly("", "true", "false");
    }

    /** A context the step is started with; start() only hands it to the execution. */
    private static final class NoContext extends StepContext {
        private static final long serialVersionUID = 1L;

        @Override
        public <T> T get(Class<T> key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onSuccess(Object result) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onFailure(Throwable t) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public ListenableFuture<Void> saveState() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResult(Result r) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
