package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.docker.ImageStep;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The setup steps of the build stage (apt packages, static assets: everything before the first restore point's
 * phase) as an image of their own, {@code REPO:TAG-build-setup}, next to the layer-cache image. When a dependency
 * changed, no phase can be taken from the layer-cache image and it is not pulled; this image, a prefix of it whose
 * blobs the registry already holds, is pulled instead, so those steps still come from the layer cache (measured on
 * vite-web: its `apt-get install caddy` took 10.7 s and fetched 37 MB again on every dependency change).
 *
 * <p>Generated Dockerfiles only: one instruction per line, phases headed {@code # <name> phase}.
 */
final class SetupImage {
    /**
     * The steps of the build stage around the first restore point's phase.
     *
     * @param lastSetupStep the last instruction before the phase's header
     * @param stepsAfter instructions from the header to the stage's end, the builder's LABEL of the stage included
     */
    record Prelude(String lastSetupStep, int stepsAfter) {}

    private SetupImage() {}

    /** The documented rule: the setup image of cache image {@code REPO:TAG} is {@code REPO:TAG-build-setup}. */
    static ImageReference nameFor(ImageReference cacheImage) {
        return cacheImage.withTag(cacheImage.tagOrLatest() + "-build-setup");
    }

    /**
     * The prelude of {@code stage} before {@code # firstPhase phase}, or null when there is nothing worth an image
     * (no RUN, COPY or ADD before it), no such header, or a line continues on the next.
     *
     * @param labelled whether the stage build adds a LABEL step at its end (the layer cache's record)
     */
    static Prelude prelude(String dockerfile, String stage, String firstPhase, boolean labelled) {
        List<String> lines = stageLines(dockerfile, stage);
        if (lines == null) {
            return null;
        }
        List<String> before = new ArrayList<>();
        int after = 0;
        boolean past = false;
        String header = "# " + firstPhase + " phase";
        for (String line : lines) {
            if (line.equals(header)) {
                past = true;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (past) {
                    after++;
                } else {
                    before.add(line);
                }
            }
        }
        boolean worthIt = before.stream()
                .map(l -> l.toUpperCase(Locale.ROOT))
                .anyMatch(l -> l.startsWith("RUN ") || l.startsWith("COPY ") || l.startsWith("ADD "));
        if (!past || !worthIt) {
            return null;
        }
        return new Prelude(before.get(before.size() - 1), after + (labelled ? 1 : 0));
    }

    /**
     * The steps of the build stage around the end of {@code phase} (its last instruction, the install's RUN), for
     * the install image ({@link NpmIncremental#nameFor}); null when there is no such phase or a line continues.
     */
    static Prelude through(String dockerfile, String stage, String phase, boolean labelled) {
        List<String> lines = stageLines(dockerfile, stage);
        if (lines == null) {
            return null;
        }
        String last = null;
        int after = 0;
        int state = 0; // 0 before the phase, 1 in it, 2 after it
        String header = "# " + phase + " phase";
        for (String line : lines) {
            if (line.equals(header)) {
                state = 1;
            } else if (state == 1
                    && ((line.startsWith("# ") && line.endsWith(" phase")) || line.equals("# after the last phase"))) {
                state = 2;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (state == 1) {
                    last = line;
                } else if (state == 2) {
                    after++;
                }
            }
        }
        return last == null ? null : new Prelude(last, after + (labelled ? 1 : 0));
    }

    /**
     * The lines of {@code stage}, stripped, its FROM line left out; null when there is no such stage or a line up to
     * its end continues on the next (generated Dockerfiles have none, so the steps can be counted line by line).
     */
    static List<String> stageLines(String dockerfile, String stage) {
        List<String> out = null;
        for (String raw : dockerfile.split("\n", -1)) {
            String line = raw.strip();
            if (line.endsWith("\\")) {
                return null;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("FROM ")) {
                if (out != null) {
                    break;
                }
                if (upper.endsWith(" AS " + stage.toUpperCase(Locale.ROOT))) {
                    out = new ArrayList<>();
                }
                continue;
            }
            if (out != null) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * The id of the image at the end of the prelude: {@code stepsAfter} parents up from {@code stageImage}, checked
     * against the prelude's last instruction; null when the chain does not match (then nothing is published).
     */
    static String find(Engine engine, String stageImage, Prelude prelude) throws IOException {
        String id = stageImage;
        for (int i = 0; i < prelude.stepsAfter(); i++) {
            ImageStep s = engine.step(id);
            if (s == null || s.parent() == null) {
                return null;
            }
            id = s.parent();
        }
        ImageStep last = engine.step(id);
        return last != null && madeBy(last.createdBy(), prelude.lastSetupStep()) ? id : null;
    }

    /** Whether the classic builder's record of a step ({@code /bin/sh -c ...}) is that of {@code instruction}. */
    static boolean madeBy(String createdBy, String instruction) {
        int space = instruction.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String keyword = instruction.substring(0, space).toUpperCase(Locale.ROOT);
        String rest = instruction.substring(space + 1).strip();
        if (keyword.equals("RUN")) {
            // Build arguments in scope come first: "|2 CI=true NODE_ENV=production /bin/sh -c npm ci".
            return createdBy.equals("/bin/sh -c " + rest) || createdBy.endsWith(" /bin/sh -c " + rest);
        }
        return createdBy.startsWith("/bin/sh -c #(nop) ") && createdBy.contains(keyword + " ");
    }
}
