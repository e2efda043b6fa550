package io.jenkins.plugins.nixpacks.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the packaged target/nixpacks.hpi the way Jenkins would: the manifest attributes the plugin manager and the
 * JEP-200 class filter need, the SezPoz index that makes extensions exist, the views next to each describable, and
 * nothing bundled that core or a library plugin provides. Jenkins types are looked up by name so this package stays
 * free of Jenkins imports.
 */
class HpiLayoutIT {
    private static final String INNER_JAR = "WEB-INF/lib/nixpacks.jar";
    /** Packages of the compile-only facade: none of these may ship. */
    private static final List<String> FACADE_DIRS = List.of(
            "hudson/", "jenkins/", "org/kohsuke/", "org/jenkinsci/", "org/jvnet/", "com/cloudbees/", "net/sf/json/");
    /** Every plugin the code links against; the manifest must name them all. */
    private static final List<String> REQUIRED_PLUGINS = List.of(
            "workflow-step-api",
            "credentials",
            "structs",
            "docker-java-api",
            "commons-compress-api",
            "jackson2-api",
            "apache-httpcomponents-client-5-api",
            "echarts-api");

    @TempDir
    static Path tmp;

    private static ZipFile hpi;
    private static JarFile inner;
    private static URLClassLoader loader;
    private static List<Class<?>> classes;

    @BeforeAll
    static void open() throws Exception {
        Path file = Path.of(property("hpi.file"));
        assertThat(file).as("run mvn package first").isRegularFile();
        hpi = new ZipFile(file.toFile());
        ZipEntry innerEntry = hpi.getEntry(INNER_JAR);
        assertThat(innerEntry).as(INNER_JAR).isNotNull();
        Path innerCopy = tmp.resolve("nixpacks.jar");
        try (InputStream in = hpi.getInputStream(innerEntry)) {
            Files.copy(in, innerCopy, StandardCopyOption.REPLACE_EXISTING);
        }
        inner = new JarFile(innerCopy.toFile());
        loader = new URLClassLoader(
                new URL[] {innerCopy.toUri().toURL()}, new SharedTypesOnly(HpiLayoutIT.class.getClassLoader()));
        classes = new ArrayList<>();
        for (String name : classEntries()) {
            if (FACADE_DIRS.stream().anyMatch(name::startsWith)) {
                continue; // reported by noFacadeClassShips; loading it would only shadow that message
            }
            String binaryName =
                    name.substring(0, name.length() - ".class".length()).replace('/', '.');
            classes.add(Class.forName(binaryName, false, loader));
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
        if (inner != null) {
            inner.close();
        }
        if (hpi != null) {
            hpi.close();
        }
    }

    @Test
    void bothManifestsCarryThePluginAttributes() throws IOException {
        Attributes outer = manifestOf(hpi, "META-INF/MANIFEST.MF");
        Attributes innerAttributes = inner.getManifest().getMainAttributes();

        for (Attributes a : List.of(outer, innerAttributes)) {
            assertPluginAttributes(a);
        }
        for (String key : List.of("Short-Name", "Plugin-Version", "Jenkins-Version", "Plugin-Dependencies")) {
            assertThat(innerAttributes.getValue(key)).as(key).isEqualTo(outer.getValue(key));
        }
    }

    /**
     * The manifest declares exactly the plugin versions of the BOM line recorded in src/hpi/plugin-dependencies.txt,
     * and a Jenkins-Version that is the highest core any of them requires: lower, and Jenkins refuses to load the
     * plugin on the cores in between ("Failed to load dependency"); higher, and the floor is not the true one.
     */
    @Test
    void theDeclaredCoreIsTheHighestADependencyRequiresAndEveryVersionIsTheBoms() throws IOException {
        Attributes a = manifestOf(hpi, "META-INF/MANIFEST.MF");
        List<String> declared =
                new ArrayList<>(List.of(a.getValue("Plugin-Dependencies").split(",")));
        List<String> recorded = new ArrayList<>();
        String floor = "0";
        String needs = "nothing";
        for (String line : Files.readAllLines(Path.of(property("hpi.dependencyData")), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split(":");
            assertThat(f).as("shortName:version:requiredCore in " + line).hasSize(3);
            recorded.add(f[0] + ":" + f[1]);
            if (compareVersions(f[2], floor) > 0) {
                floor = f[2];
                needs = f[0] + " " + f[1];
            }
        }

        assertThat(declared)
                .as("Plugin-Dependencies against src/hpi/plugin-dependencies.txt (the BOM line's versions)")
                .containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(a.getValue("Jenkins-Version"))
                .as("Jenkins-Version: " + needs + " requires core " + floor)
                .isEqualTo(floor);
        assertThat(compareVersions("2.555.3", "2.541.1")).isPositive();
        assertThat(compareVersions("2.555.3", "2.555.10")).isNegative();
    }

    /** Dotted numeric versions of core (2.555.3), compared part by part. */
    private static int compareVersions(String x, String y) {
        String[] a = x.split("\\.");
        String[] b = y.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long p = i < a.length ? Long.parseLong(a[i]) : 0;
            long q = i < b.length ? Long.parseLong(b[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    @Test
    void onlyTheInnerJarIsBundled() {
        List<String> libs = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        hpi.stream().forEach(e -> {
            entries.add(e.getName());
            if (e.getName().startsWith("WEB-INF/lib/") && !e.isDirectory()) {
                libs.add(e.getName());
            }
        });

        // docker-java, commons-compress, Jackson and httpclient5 come from library plugins; Guava, commons-io and
        // the servlet API from core; Jetty serves only the runner and the tests.
        assertThat(libs).containsExactly(INNER_JAR);
        assertThat(entries).contains("META-INF/MANIFEST.MF").noneMatch(n -> n.startsWith("WEB-INF/classes/"));
    }

    @Test
    void noFacadeClassShips() {
        List<String> leaked = new ArrayList<>();
        inner.stream()
                .map(ZipEntry::getName)
                .filter(n -> FACADE_DIRS.stream().anyMatch(n::startsWith))
                .forEach(leaked::add);
        assertThat(leaked).isEmpty();
        assertThat(classes).as("the plugin's own classes").isNotEmpty();
    }

    @Test
    void pluginDescriptionIsAtTheRoot() {
        assertThat(inner.getEntry("index.jelly")).as("index.jelly").isNotNull();
    }

    @Test
    void sezPozIndexListsEveryExtension() throws Exception {
        Class<? extends Annotation> extension = jenkinsType("hudson.Extension").asSubclass(Annotation.class);
        Set<String> annotated = new TreeSet<>();
        for (Class<?> c : classes) {
            if (c.isAnnotationPresent(extension)) {
                annotated.add(c.getName());
            }
            for (AnnotatedElement member : members(c)) {
                if (member.isAnnotationPresent(extension)) {
                    annotated.add(c.getName() + "#" + ((java.lang.reflect.Member) member).getName());
                }
            }
        }

        Set<String> indexed = new TreeSet<>();
        for (IndexItem<? extends Annotation, Object> item : Index.load(extension, Object.class, loader)) {
            indexed.add(item.memberName() == null ? item.className() : item.className() + "#" + item.memberName());
        }

        assertThat(annotated).contains("io.jenkins.plugins.nixpacks.jenkins.NixpacksGlobalConfiguration");
        assertThat(indexed).as("META-INF/annotations/hudson.Extension").isEqualTo(annotated);
    }

    @Test
    void symbolIndexListsEverySymbol() throws Exception {
        Class<? extends Annotation> symbol = jenkinsType("org.jenkinsci.Symbol").asSubclass(Annotation.class);
        Set<String> annotated = new TreeSet<>();
        for (Class<?> c : classes) {
            if (c.isAnnotationPresent(symbol)) {
                annotated.add(c.getName());
            }
        }
        ZipEntry index = inner.getEntry("META-INF/services/annotations/org.jenkinsci.Symbol");
        assertThat(index).as("annotation-indexer index of @Symbol").isNotNull();
        Set<String> indexed = new TreeSet<>();
        try (InputStream in = inner.getInputStream(index)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    indexed.add(line.trim());
                }
            }
        }
        assertThat(annotated).contains("io.jenkins.plugins.nixpacks.jenkins.NixpacksGlobalConfiguration");
        assertThat(indexed).isEqualTo(annotated);
    }

    @Test
    void everyDescribableHasItsConfigView() throws Exception {
        List<Class<?>> describableRoots = List.of(
                jenkinsType("org.jenkinsci.plugins.workflow.steps.Step"),
                jenkinsType("hudson.tasks.Builder"),
                jenkinsType("jenkins.model.GlobalConfiguration"));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : classes) {
            if (Modifier.isAbstract(c.getModifiers())
                    || describableRoots.stream().noneMatch(r -> r.isAssignableFrom(c))) {
                continue;
            }
            checked++;
            String folder = c.getName().replace('.', '/').replace('$', '/') + "/";
            if (inner.getEntry(folder + "config.jelly") == null && inner.getEntry(folder + "global.jelly") == null) {
                missing.add(folder + "config.jelly");
            }
        }
        assertThat(checked).as("describables found").isPositive();
        assertThat(missing).isEmpty();
    }

    @Test
    void parameterNamesAreCompiledIn() throws Exception {
        Class<? extends Annotation> dataBound =
                jenkinsType("org.kohsuke.stapler.DataBoundConstructor").asSubclass(Annotation.class);
        Class<? extends Annotation> query =
                jenkinsType("org.kohsuke.stapler.QueryParameter").asSubclass(Annotation.class);
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : classes) {
            List<Executable> bound = new ArrayList<>();
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (k.isAnnotationPresent(dataBound)) {
                    bound.add(k);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(query)) {
                        bound.add(m);
                        break;
                    }
                }
            }
            for (Executable e : bound) {
                for (Parameter p : e.getParameters()) {
                    checked++;
                    if (!p.isNamePresent()) {
                        unnamed.add(c.getName() + "." + e.getName() + ": " + p.getName());
                    }
                }
            }
        }
        // Stapler and Pipeline bind form fields and step arguments by these names (javac -parameters).
        assertThat(checked).as("parameters of Stapler-bound methods found").isPositive();
        assertThat(unnamed).isEmpty();
    }

    @Test
    void classesTargetJava17() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String name : classEntries()) {
            try (DataInputStream in = new DataInputStream(inner.getInputStream(inner.getEntry(name)))) {
                int magic = in.readInt();
                in.readUnsignedShort();
                int major = in.readUnsignedShort();
                if (magic != 0xCAFEBABE || major != 61) {
                    wrong.add(name + " (major " + major + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void assertPluginAttributes(Attributes a) {
        String version = property("hpi.projectVersion");
        assertThat(a.getValue("Manifest-Version")).isEqualTo("1.0");
        assertThat(a.getValue("Group-Id")).isEqualTo("io.jenkins.plugins");
        assertThat(a.getValue("Artifact-Id")).isEqualTo("nixpacks");
        assertThat(a.getValue("Short-Name"))
                .isEqualTo(property("hpi.shortName"))
                .isEqualTo("nixpacks");
        assertThat(a.getValue("Long-Name")).isNotBlank();
        assertThat(a.getValue("Url")).startsWith("https://");
        if (version.endsWith("-SNAPSHOT")) {
            assertThat(a.getValue("Plugin-Version"))
                    .matches(java.util.regex.Pattern.quote(version) + " \\(private-([0-9a-f]{8}|nogit)-[^)]+\\)");
        } else {
            assertThat(a.getValue("Plugin-Version")).isEqualTo(version);
        }
        assertThat(a.getValue("Hudson-Version")).isEqualTo(property("hpi.jenkinsVersion"));
        assertThat(a.getValue("Jenkins-Version")).isEqualTo(property("hpi.jenkinsVersion"));
        assertThat(a.getValue("Implementation-Version")).isEqualTo(version);
        assertThat(a.getValue("Plugin-Developers")).matches("[^:,]+:[^:,]*:[^:,]*(,[^:,]+:[^:,]*:[^:,]*)*");

        String dependencies = a.getValue("Plugin-Dependencies");
        assertThat(dependencies).isEqualTo(property("hpi.pluginDependencies"));
        List<String> shortNames = new ArrayList<>();
        for (String dependency : dependencies.split(",")) {
            assertThat(dependency).as("shortName:version").matches("[a-z0-9-]+:[0-9][0-9A-Za-z._-]*");
            shortNames.add(dependency.substring(0, dependency.indexOf(':')));
        }
        assertThat(shortNames).containsExactlyInAnyOrderElementsOf(REQUIRED_PLUGINS);
    }

    private static Attributes manifestOf(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        assertThat(e).as(entry).isNotNull();
        try (InputStream in = zip.getInputStream(e)) {
            return new Manifest(in).getMainAttributes();
        }
    }

    private static List<String> classEntries() {
        List<String> names = new ArrayList<>();
        inner.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).forEach(names::add);
        Collections.sort(names);
        return names;
    }

    private static List<AnnotatedElement> members(Class<?> c) {
        List<AnnotatedElement> members = new ArrayList<>(List.of(c.getDeclaredFields()));
        members.addAll(List.of(c.getDeclaredMethods()));
        return members;
    }

    private static Class<?> jenkinsType(String name) throws ClassNotFoundException {
        return Class.forName(name, false, loader);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as("system property " + name + " (set by failsafe in pom.xml)")
                .isNotNull();
        return value;
    }

    /**
     * Parent of the jar's loader: Jenkins types (the facade), libraries and the JDK come from the test class path,
     * but the plugin's own classes and every resource (the SezPoz index above all) only from the inner jar, so a
     * class or index missing from the jar cannot be found in target/classes instead.
     */
    private static final class SharedTypesOnly extends ClassLoader {
        private final ClassLoader delegate;

        SharedTypesOnly(ClassLoader delegate) {
            super(null);
            this.delegate = delegate;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith("io.jenkins.plugins.nixpacks.")) {
                throw new ClassNotFoundException(name + " is not in the inner jar");
            }
            return delegate.loadClass(name);
        }
    }
}
