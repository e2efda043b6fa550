package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which way a restore point went, and why, in words for the log; and the decision itself, a pure function of what
 * the layer-cache image records and what the points are now. A point whose inputs are unchanged is built exactly as
 * recorded (nothing restored, or the very cache image restored then), so it takes the layer cache; the first changed
 * point and every later one restore from the current cache.
 *
 * @param copyFrom the image the Dockerfile copies {@code dirs} from, or null when nothing is restored
 * @param restoreFrom the cache image recorded as restored: {@code copyFrom}, or the cache image whose directories hold
 *     the same files when they are copied from the layer-cache image (already pulled)
 * @param onto the previous install's image the build stage is rebased on ({@link NpmIncremental}), or null
 * @param depth the incremental installs stacked in the point's layers, this one included; 0 without {@code onto}
 */
record LayerDecision(
        String phase,
        boolean take,
        ImageReference copyFrom,
        ImageReference restoreFrom,
        List<String> dirs,
        String reason,
        ImageReference onto,
        int depth) {
    LayerDecision {
        dirs = List.copyOf(dirs);
    }

    LayerDecision(
            String phase,
            boolean take,
            ImageReference copyFrom,
            ImageReference restoreFrom,
            List<String> dirs,
            String reason) {
        this(phase, take, copyFrom, restoreFrom, dirs, reason, null, 0);
    }

    /**
     * The install image of the recorded build, pulled, for an incremental install of {@code phase} when its inputs
     * changed ({@link NpmIncremental}); {@code depth} is the recorded point's.
     */
    record Onto(String phase, ImageReference image, int depth) {}

    /**
     * The decision, a pure function of what was recorded and what the points are now.
     *
     * @param recorded null when there is no layer cache (or no readable record)
     * @param current the cache image found (not necessarily pulled), or null
     * @param sameBuild the pulled layer-cache image if it comes from the build that saved {@code current}, else null
     * @param unreproducible points whose recorded restore (or recorded install image) cannot be repeated
     * @param onto the install image to run a changed first point's install on, or null
     */
    static List<LayerDecision> decide(
            LayerRecord recorded,
            ImageReference recordedName,
            List<PhaseInputs.Point> points,
            CacheSession.Restore current,
            ImageReference sameBuild,
            Set<String> unreproducible,
            Onto onto) {
        List<LayerDecision> out = new ArrayList<>();
        boolean chain = recorded != null;
        for (PhaseInputs.Point p : points) {
            LayerRecord.Point r = recorded == null ? null : recorded.point(p.phase());
            if (chain && r != null && r.inputs().equals(p.inputs()) && !unreproducible.contains(p.phase())) {
                String since = "inputs unchanged since " + recordedName + " (" + shortDigest(p.inputs()) + ")";
                if (r.onto() != null) {
                    ImageReference on = ImageReference.parse(r.onto());
                    out.add(new LayerDecision(
                            p.phase(),
                            true,
                            null,
                            null,
                            List.of(),
                            p.phase() + ": " + since + "; taking the layer cache, on " + on
                                    + " as when it was built (an incremental npm install)",
                            on,
                            r.depth()));
                } else if (r.restoredFrom() == null || r.dirs().isEmpty()) {
                    out.add(new LayerDecision(
                            p.phase(),
                            true,
                            null,
                            null,
                            List.of(),
                            p.phase() + ": " + since + "; taking the layer cache, no restore"));
                } else {
                    ImageReference from = ImageReference.parse(r.restoredFrom());
                    out.add(new LayerDecision(
                            p.phase(),
                            true,
                            from,
                            from,
                            r.dirs(),
                            p.phase() + ": " + since + "; taking the layer cache, restoring " + slashed(r.dirs())
                                    + " from " + from + " as when it was built"));
                }
                continue;
            }
            String why = chain ? changed(r, p) : recorded == null ? "no layer cache" : "an earlier phase changed";
            if (unreproducible.contains(p.phase())) {
                why = "the image restored before it when the layer cache was built cannot be pulled";
            }
            chain = false;
            if (onto != null
                    && out.isEmpty()
                    && onto.phase().equals(p.phase())
                    && !unreproducible.contains(p.phase())) {
                out.add(new LayerDecision(
                        p.phase(),
                        false,
                        null,
                        null,
                        List.of(),
                        p.phase() + ": " + why + "; npm install on the previous install " + onto.image() + " ("
                                + (onto.depth() + 1) + " of at most " + NpmIncremental.MAX_DEPTH
                                + " stacked), nothing restored",
                        onto.image(),
                        onto.depth() + 1));
                continue;
            }
            List<String> dirs = new ArrayList<>();
            long bytes = 0;
            if (current != null) {
                for (String d : p.dirs()) {
                    if (current.image().directories().containsKey(d)) {
                        dirs.add(d);
                        bytes += current.image().bytes(d);
                    }
                }
            }
            if (dirs.isEmpty()) {
                String none = current == null ? "no cache image to restore from" : "the cache holds none of its dirs";
                out.add(new LayerDecision(
                        p.phase(), false, null, null, List.of(), p.phase() + ": " + why + "; " + none));
            } else {
                String restoring = p.phase() + ": " + why + "; restoring " + dirs.size() + " dir"
                        + (dirs.size() == 1 ? "" : "s") + " " + slashed(dirs) + " (" + Sizes.human(bytes) + ")";
                boolean fromStage =
                        sameBuild != null && LayerCache.fresh(current).containsAll(dirs);
                out.add(new LayerDecision(
                        p.phase(),
                        false,
                        fromStage ? sameBuild : current.pinned(),
                        current.pinned(),
                        dirs,
                        fromStage
                                ? restoring + " as " + current.from() + " holds them, from " + recordedName
                                        + ", pulled already"
                                : restoring + " from " + current.from()));
            }
        }
        return out;
    }

    /** Why a point's inputs differ from the recorded ones, naming the files where it can. */
    static String changed(LayerRecord.Point r, PhaseInputs.Point p) {
        if (r == null) {
            return "not in the layer cache's record";
        }
        Set<String> names = new TreeSet<>();
        names.addAll(r.files().keySet());
        names.addAll(p.files().keySet());
        List<String> diff = new ArrayList<>();
        for (String n : names) {
            if (!String.valueOf(r.files().get(n))
                    .equals(String.valueOf(p.files().get(n)))) {
                diff.add(n);
            }
        }
        if (diff.contains(".")) {
            return "the app's files changed";
        }
        if (!diff.isEmpty()) {
            String list = diff.size() > 3
                    ? String.join(", ", diff.subList(0, 3)) + " and " + (diff.size() - 3) + " more"
                    : String.join(", ", diff);
            return list + " changed";
        }
        if (!r.lines().equals(p.lines())) {
            return "its Dockerfile lines or base image changed";
        }
        return "an earlier step or a build argument changed";
    }

    /** The record the stage image is labelled with: the points as they are built now. */
    static LayerRecord record(
            String buildId, List<PhaseInputs.Point> points, List<LayerDecision> decisions, String args) {
        Map<String, LayerDecision> byPhase = new LinkedHashMap<>();
        decisions.forEach(d -> byPhase.put(d.phase(), d));
        List<LayerRecord.Point> out = new ArrayList<>();
        for (PhaseInputs.Point p : points) {
            LayerDecision d = byPhase.get(p.phase());
            boolean restores = d != null && d.restoreFrom() != null && !d.dirs().isEmpty();
            out.add(new LayerRecord.Point(
                    p.phase(),
                    p.inputs(),
                    p.lines(),
                    p.files(),
                    restores ? d.restoreFrom().toString() : null,
                    restores ? d.dirs() : List.of(),
                    d == null || d.onto() == null ? null : d.onto().toString(),
                    d == null || d.onto() == null ? 0 : d.depth()));
        }
        return new LayerRecord(buildId, out, args);
    }

    /** The restore decisions as {@link io.jenkins.plugins.nixpacks.cache.CacheHooksImpl#resolve} takes them. */
    static Map<String, Map.Entry<String, List<String>>> restores(List<LayerDecision> decisions) {
        Map<String, Map.Entry<String, List<String>>> out = new LinkedHashMap<>();
        for (LayerDecision d : decisions) {
            if (d.copyFrom() != null && !d.dirs().isEmpty()) {
                out.put(d.phase(), Map.entry(d.copyFrom().toString(), d.dirs()));
            }
        }
        return out;
    }

    private static String slashed(List<String> layerPaths) {
        return String.join(", ", layerPaths.stream().map(p -> "/" + p).toList());
    }

    private static String shortDigest(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
