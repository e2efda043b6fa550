package io.jenkins.plugins.nixpacks.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a layer-cache image says about the build that made it, per restore point (a phase of a generated Dockerfile,
 * or the restore marker of a project's own): the digest of its inputs, the digest of each file it copies, and what
 * was restored before it, and the id of the build that made it (a cache image with the same build id was saved from
 * the same stage, so its directories hold what the image holds). Stored as the JSON of one label, {@link #LABEL}.
 */
record LayerRecord(String build, List<Point> points, String args) {
    /** The label on a layer-cache image; its presence is also what says the image is one of this plugin's. */
    static final String LABEL = "io.jenkins.nixpacks.layers";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    /**
     * One restore point as built.
     *
     * @param inputs digest of everything the layer keys up to the point's last command depend on
     * @param lines digest of the point's own Dockerfile lines (restore lines left out)
     * @param files digest of each context source the point's COPY lines name ({@code .} for the whole app)
     * @param restoredFrom the cache image (pinned by digest) restored before the point's commands, or null
     * @param dirs the layer paths restored from it
     * @param onto the previous install's image (pinned) an incremental install ran on ({@link NpmIncremental}), or
     *     null when the point was built on the build stage's own base
     * @param depth how many incremental installs are stacked in the point's layers: 0 without {@code onto}
     */
    record Point(
            String phase,
            String inputs,
            String lines,
            Map<String, String> files,
            String restoredFrom,
            List<String> dirs,
            String onto,
            int depth) {
        Point {
            files = Map.copyOf(files);
            dirs = List.copyOf(dirs);
        }
    }

    LayerRecord {
        points = List.copyOf(points);
    }

    Point point(String phase) {
        for (Point p : points) {
            if (p.phase().equals(phase)) {
                return p;
            }
        }
        return null;
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        if (build != null) {
            root.put("build", build);
        }
        if (args != null) {
            root.put("args", args);
        }
        ArrayNode arr = root.putArray("points");
        for (Point p : points) {
            ObjectNode n = arr.addObject();
            n.put("phase", p.phase());
            n.put("inputs", p.inputs());
            n.put("lines", p.lines());
            ObjectNode files = n.putObject("files");
            new java.util.TreeMap<>(p.files()).forEach(files::put);
            if (p.restoredFrom() != null) {
                n.put("restoredFrom", p.restoredFrom());
            }
            ArrayNode dirs = n.putArray("dirs");
            p.dirs().forEach(dirs::add);
            if (p.onto() != null) {
                n.put("onto", p.onto());
                n.put("depth", p.depth());
            }
        }
        return root.toString();
    }

    /**
     * Reads the label's value.
     *
     * @throws IllegalArgumentException if it is not a record this version can read
     */
    static LayerRecord parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("label " + LABEL + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null
                || root.path("version").asInt(-1) != VERSION
                || !root.path("points").isArray()) {
            throw new IllegalArgumentException("label " + LABEL + " has no version-" + VERSION + " record");
        }
        List<Point> out = new ArrayList<>();
        for (JsonNode n : root.path("points")) {
            String phase = text(n, "phase");
            Map<String, String> files = new LinkedHashMap<>();
            n.path("files")
                    .fields()
                    .forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            List<String> dirs = new ArrayList<>();
            n.path("dirs").forEach(d -> dirs.add(d.asText()));
            String from = n.hasNonNull("restoredFrom") ? n.get("restoredFrom").asText() : null;
            String onto = n.hasNonNull("onto") ? n.get("onto").asText() : null;
            int depth = onto == null ? 0 : n.path("depth").asInt(0);
            out.add(new Point(phase, text(n, "inputs"), text(n, "lines"), files, from, dirs, onto, depth));
        }
        return new LayerRecord(
                root.hasNonNull("build") ? root.get("build").asText() : null,
                out,
                root.hasNonNull("args") ? root.get("args").asText() : null);
    }

    private static String text(JsonNode n, String field) {
        if (!n.hasNonNull(field) || !n.get(field).isTextual()) {
            throw new IllegalArgumentException("label " + LABEL + ": a point lacks '" + field + "'");
        }
        return n.get(field).asText();
    }
}
