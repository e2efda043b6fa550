package io.jenkins.plugins.nixpacks.tools;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Build tool, never shipped: writes the annotation-indexer index that Jenkins reads for annotations meta-annotated
 * {@code @org.jvnet.hudson.annotation_indexer.Indexed} ({@code @Symbol} above all), because annotation-indexer's own
 * processor is not on Maven Central. Format: {@code META-INF/services/annotations/<annotation binary name>}, UTF-8,
 * the sorted binary names of the classes that carry it (or whose field or method does), one per line. Written whole
 * each time: maven-compiler-plugin recompiles every source when any changed.
 */
public final class IndexedAnnotationProcessor extends AbstractProcessor {
    private static final String INDEXED = "org.jvnet.hudson.annotation_indexer.Indexed";
    private static final String FOLDER = "META-INF/services/annotations/";

    /** Per indexed annotation: the classes using it, gathered over all rounds, written when processing is over. */
    private final Map<String, Set<String>> uses = new HashMap<>();

    private final Map<String, List<Element>> origins = new HashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            uses.forEach(this::write);
            return false;
        }
        for (TypeElement annotation : annotations) {
            if (!isIndexed(annotation)) {
                continue;
            }
            String name =
                    processingEnv.getElementUtils().getBinaryName(annotation).toString();
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                TypeElement owner = e instanceof TypeElement t ? t : (TypeElement) e.getEnclosingElement();
                uses.computeIfAbsent(name, k -> new TreeSet<>())
                        .add(processingEnv
                                .getElementUtils()
                                .getBinaryName(owner)
                                .toString());
                origins.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
            }
        }
        return false; // others (SezPoz) may process the same annotations
    }

    private boolean isIndexed(TypeElement annotation) {
        for (AnnotationMirror meta : annotation.getAnnotationMirrors()) {
            if (((TypeElement) meta.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(INDEXED)) {
                return true;
            }
        }
        return false;
    }

    private void write(String annotation, Set<String> classes) {
        String file = FOLDER + annotation;
        try {
            FileObject out = processingEnv
                    .getFiler()
                    .createResource(
                            StandardLocation.CLASS_OUTPUT,
                            "",
                            file,
                            origins.get(annotation).toArray(new Element[0]));
            try (Writer w = new OutputStreamWriter(out.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String c : classes) {
                    w.write(c);
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + file + ": " + e);
        }
    }
}
