package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * npm's install after a changed lockfile, without redoing it all: the install runs on the previous build's install
 * (its image, {@code REPO:TAG-build-deps}: the build stage up to {@code npm ci}, with its {@code node_modules} and
 * {@code ~/.npm}) as {@code npm install}, which adds, replaces and removes only what the lockfile changed. The tree it
 * leaves is the tree {@code npm ci} gives for the same lockfile (checked file by file in {@code NpmIncrementalIT});
 * when {@code npm install} would rewrite {@code package-lock.json} (it and package.json disagree, where {@code npm ci}
 * fails) or fails, the lockfile is put back and {@code npm ci} runs instead, so the result is {@code npm ci}'s.
 *
 * <p>Measured on vite-web with one dependency added (bench round 7): {@code npm ci} with {@code ~/.npm} restored took
 * 12.8–16.5 s in earlier rounds, this about 1 s; the build 32.0 s → 20.7 s.
 * A source-only change after it takes the install from the layer cache as usual: the point records the image it ran
 * on ({@link LayerRecord.Point#onto}) and the next build's Dockerfile is rebased on it again. At most
 * {@link #MAX_DEPTH} installs are stacked; the next dependency change runs {@code npm ci} afresh.
 *
 * <p>Generated Dockerfiles only: one instruction per line, phases headed {@code # <name> phase}.
 */
final class NpmIncremental {
    /** The install command this applies to: {@code npm ci}, planned when the app has package-lock.json. */
    static final String NPM_CI = "RUN npm ci";

    /** Incremental installs stacked at most before a dependency change runs {@code npm ci} afresh. */
    static final int MAX_DEPTH = 3;

    /** {@code npm install}, checked against the lockfile; {@code npm ci} when it would not leave npm ci's tree. */
    static final String COMMAND = "cp package-lock.json /tmp/.nixpacks-lock"
            + " && if npm install --no-audit --no-fund && cmp -s package-lock.json /tmp/.nixpacks-lock;"
            + " then rm -f /tmp/.nixpacks-lock;"
            + " else echo 'nixpacks: npm install did not keep package-lock.json as it is; running npm ci' >&2"
            + " && mv /tmp/.nixpacks-lock package-lock.json && npm ci; fi";

    private NpmIncremental() {}

    /** The documented rule: the install image of cache image {@code REPO:TAG} is {@code REPO:TAG-build-deps}. */
    static ImageReference nameFor(ImageReference cacheImage) {
        return cacheImage.withTag(cacheImage.tagOrLatest() + "-build-deps");
    }

    /**
     * Why the install of {@code recorded}'s point cannot be built on, or null when it can: it was built with other
     * build arguments (its packages' install scripts ran with them), or {@link #MAX_DEPTH} installs are stacked.
     *
     * @param args the digest of this build's arguments ({@link PhaseInputs#argsDigest})
     */
    static String refusal(LayerRecord recorded, LayerRecord.Point point, String args) {
        if (!args.equals(recorded.args())) {
            return point.phase() + ": the previous install was built with other build arguments (or by an older"
                    + " version); npm ci runs";
        }
        return point.depth() < MAX_DEPTH
                ? null
                : point.phase() + ": " + point.depth() + " incremental npm installs are stacked, the most kept;"
                        + " npm ci runs afresh";
    }

    /**
     * The phase whose install can run this way: the first restore point's, in {@code stage}, when its only RUN is
     * {@code npm ci} and no line before its end continues on the next; else null.
     *
     * @param marked the Dockerfile with its restore points still {@link CacheHooksImpl#POINT} markers
     */
    static String phase(String marked, String stage) {
        List<String> lines = SetupImage.stageLines(marked, stage);
        if (lines == null) {
            return null;
        }
        String phase = null;
        boolean inPhase = false;
        List<String> runs = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# ") && line.endsWith(" phase")) {
                if (phase != null) {
                    break;
                }
                inPhase = true;
                runs.clear();
            } else if (line.equals("# after the last phase")) {
                break;
            } else if (line.startsWith(CacheHooksImpl.POINT) && inPhase && phase == null) {
                phase = line.substring(CacheHooksImpl.POINT.length()).strip().split(" +")[0];
            } else if (line.toUpperCase(Locale.ROOT).startsWith("RUN ")) {
                runs.add(line);
            }
        }
        return phase != null && runs.equals(List.of(NPM_CI)) ? phase : null;
    }

    /** The stage that keeps the setup steps' images on the engine: see {@link #rebase}. */
    static final String SETUP_STAGE = "nixpacks-setup";

    /**
     * The resolved Dockerfile with its build stage on {@code onto}: the stage's steps before {@code phase} are left
     * out (they are in it), and the phase's {@code npm ci} is {@link #COMMAND}. Every other line stays, ARG and ENV
     * included (build arguments are declared per stage).
     *
     * <p>The steps left out come first as a stage of their own, {@link #SETUP_STAGE}, which nothing uses: built with
     * {@code onto} as {@code --cache-from}, every one of its steps is taken from {@code onto}'s history, which leaves
     * their images on the engine. A later stage that starts with the same steps (the run stage's apt packages) takes
     * them from there; without it, vite-web's run stage ran {@code apt-get install caddy} again (9 s, 37 MB).
     */
    static String rebase(String dockerfile, String stage, String phase, ImageReference onto) {
        List<String> out = new ArrayList<>();
        List<String> setup = new ArrayList<>();
        int stageAt = -1;
        boolean inStage = false;
        boolean before = false;
        boolean inPhase = false;
        boolean rebased = false;
        boolean replaced = false;
        String header = "# " + phase + " phase";
        for (String raw : dockerfile.split("\n", -1)) {
            String line = raw.strip();
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("FROM ")) {
                inStage = !rebased && upper.endsWith(" AS " + stage.toUpperCase(Locale.ROOT));
                if (inStage) {
                    stageAt = out.size();
                    setup.add(raw.substring(0, upper.lastIndexOf(" AS ")) + " AS " + SETUP_STAGE);
                    out.add("FROM " + onto + " AS " + stage);
                    out.add("# the setup steps and the previous install are in the image above");
                    rebased = true;
                    before = true;
                    continue;
                }
                before = false;
                inPhase = false;
            } else if (inStage && line.equals(header)) {
                before = false;
                inPhase = true;
            } else if (before) {
                if (!line.startsWith("#")) {
                    setup.add(raw); // comments stay in the build stage only: phase headers are read there
                }
                if (upper.startsWith("RUN ") || upper.startsWith("COPY ") || upper.startsWith("ADD ")) {
                    continue;
                }
            } else if (inStage && inPhase && line.startsWith("# ") && line.endsWith(" phase")) {
                inPhase = false;
            } else if (inPhase && line.equals(NPM_CI)) {
                out.add("RUN " + COMMAND);
                replaced = true;
                continue;
            }
            out.add(raw);
        }
        if (!rebased || !replaced) {
            throw new IllegalStateException(
                    "no build stage '" + stage + "' with '" + NPM_CI + "' in its " + phase + " phase to rebase");
        }
        List<String> first = new ArrayList<>();
        first.add("# the setup steps as in the previous install, for later stages that start the same way (unused)");
        first.addAll(setup);
        first.add("");
        out.addAll(stageAt, first);
        return String.join("\n", out);
    }
}
