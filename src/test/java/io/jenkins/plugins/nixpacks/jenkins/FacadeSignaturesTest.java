package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.csrf.CrumbExclusion;
import hudson.tasks.BuildStepDescriptor;
import hudson.util.ListBoxModel;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jenkins.MasterToSlaveFileCallable;
import jenkins.model.GlobalConfiguration;
import net.java.sezpoz.Indexable;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.annotation_indexer.Indexed;
import org.kohsuke.stapler.HttpResponses;

/**
 * The traps of building against a facade (docs: shared jenkins-api.md): a wrong kind, return type or retention
 * compiles fine here and fails only inside Jenkins, with IncompatibleClassChangeError or NoSuchMethodError.
 */
class FacadeSignaturesTest {
    private static final List<String> FACADE_ROOTS =
            List.of("hudson", "jenkins", "org/kohsuke", "org/jenkinsci", "org/jvnet", "com/cloudbees", "net/sf/json");

    @Test
    void kindsMatchTheRealTypes() {
        assertThat(TaskListener.class.isInterface())
                .as("TaskListener is an interface")
                .isTrue();
        assertThat(Describable.class.isInterface())
                .as("Describable is an interface")
                .isTrue();
        assertThat(Modifier.isFinal(FilePath.class.getModifiers()))
                .as("FilePath is final")
                .isTrue();
        assertThat(MasterToSlaveFileCallable.class.isInterface()).isFalse();
        assertThat(Modifier.isAbstract(MasterToSlaveFileCallable.class.getModifiers()))
                .as("MasterToSlaveFileCallable is an abstract class")
                .isTrue();
        assertThat(FilePath.FileCallable.class).isAssignableFrom(MasterToSlaveFileCallable.class);
        assertThat(Modifier.isAbstract(CrumbExclusion.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(Descriptor.FormException.class.getModifiers())
                        && Modifier.isStatic(Descriptor.FormException.class.getModifiers()))
                .as("FormException is a static final nested class")
                .isTrue();
    }

    @Test
    void listBoxModelAddReturnTypesDiffer() throws NoSuchMethodException {
        assertThat(ListBoxModel.class.getMethod("add", String.class).getReturnType())
                .isEqualTo(ListBoxModel.class);
        assertThat(ListBoxModel.class
                        .getMethod("add", String.class, String.class)
                        .getReturnType())
                .isEqualTo(void.class);
    }

    @Test
    void crumbExclusionProcessTakesJakartaTypes() throws NoSuchMethodException {
        Method process = CrumbExclusion.class.getMethod(
                "process", HttpServletRequest.class, HttpServletResponse.class, FilterChain.class);

        assertThat(process.getReturnType()).isEqualTo(boolean.class);
        assertThat(process.getExceptionTypes()).containsExactlyInAnyOrder(IOException.class, ServletException.class);
        assertThat(Modifier.isAbstract(process.getModifiers()))
                .as("not abstract: the real base class dispatches to the overridden overload")
                .isFalse();
    }

    @Test
    void stepContextGetIsAbstractAndGeneric() throws NoSuchMethodException {
        Method get = StepContext.class.getMethod("get", Class.class);

        assertThat(Modifier.isAbstract(get.getModifiers())).isTrue();
        assertThat(get.getTypeParameters()).hasSize(1);
        assertThat(get.getGenericReturnType()).isInstanceOf(TypeVariable.class);
        assertThat(get.getReturnType()).as("erasure").isEqualTo(Object.class);
        assertThat(get.getExceptionTypes()).containsExactlyInAnyOrder(IOException.class, InterruptedException.class);
    }

    @Test
    void extensionIsRuntimeAndIndexableBySezPoz() {
        assertThat(Extension.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        assertThat(Extension.class.isAnnotationPresent(Indexable.class)).isTrue();
    }

    @Test
    void symbolIsRuntimeAndIndexedByAnnotationIndexer() {
        assertThat(Symbol.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        assertThat(Symbol.class.isAnnotationPresent(Indexed.class)).isTrue();
    }

    @Test
    void returnTypesThatAreEasyToGetWrong() throws NoSuchMethodException {
        assertThat(HttpResponses.class.getMethod("ok").getReturnType())
                .isEqualTo(HttpResponses.HttpResponseException.class);
        assertThat(StandardListBoxModel.class.getMethod("includeEmptyValue").getReturnType())
                .as("builder methods return the abstract model, not T")
                .isEqualTo(AbstractIdCredentialsListBoxModel.class);
        assertThat(Run.class.getMethod("getParent").getReturnType()).isEqualTo(hudson.model.Job.class);
        Method isApplicable = BuildStepDescriptor.class.getMethod("isApplicable", Class.class);
        assertThat(Modifier.isAbstract(isApplicable.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(
                        GlobalConfiguration.class.getMethod("getDescriptor").getModifiers()))
                .isTrue();
        assertThat(Modifier.isFinal(SynchronousNonBlockingStepExecution.class
                        .getMethod("start")
                        .getModifiers()))
                .isTrue();
    }

    @Test
    void everyFacadeAnnotationIsRetainedAtRuntime() throws Exception {
        List<Class<?>> annotations = new ArrayList<>();
        for (Class<?> c : facadeClasses()) {
            if (c.isAnnotation()) {
                annotations.add(c);
                Retention r = c.getAnnotation(Retention.class);
                assertThat(r).as(c.getName() + " has @Retention").isNotNull();
                assertThat(r.value()).as(c.getName()).isEqualTo(RetentionPolicy.RUNTIME);
            }
        }
        assertThat(annotations).as("found the facade annotations").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void noFacadeClassDeclaresAConstantThatJavacWouldInline() throws Exception {
        List<String> inlined = new ArrayList<>();
        for (Class<?> c : facadeClasses()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                boolean constantType = f.getType().isPrimitive() || f.getType() == String.class;
                if (Modifier.isStatic(m)
                        && Modifier.isFinal(m)
                        && !Modifier.isPrivate(m)
                        && constantType
                        && !f.isSynthetic()) {
                    inlined.add(c.getName() + "." + f.getName());
                }
            }
        }
        assertThat(inlined).isEmpty();
    }

    /** Every class compiled from src/facade/java, found next to TaskListener.class in target/classes. */
    private static List<Class<?>> facadeClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(TaskListener.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        for (String dir : FACADE_ROOTS) {
            Path start = root.resolve(dir);
            if (!Files.isDirectory(start)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(start)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    String name =
                            root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                    classes.add(Class.forName(name, false, FacadeSignaturesTest.class.getClassLoader()));
                }
            }
        }
        assertThat(classes).as("facade classes under " + root).hasSizeGreaterThan(50);
        return classes;
    }
}
