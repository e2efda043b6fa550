package io.jenkins.plugins.nixpacks.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.docker.ContextDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inputs of each restore point of a Dockerfile whose restore lines are still {@link CacheHooksImpl#POINT}
 * markers. A point's region runs from the end of the previous one to the next phase, stage, restore point or save
 * step; its digest chains the previous point's, the build arguments, its lines and the digest of every context
 * source its {@code COPY} lines name. So equal digests mean the classic builder keys the point's commands the same,
 * as long as what is restored before them is the same too (that part {@link LayerCache} decides).
 */
final class PhaseInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A restore point and the cache directories (layer paths) its hook was asked to restore. */
    record Point(String phase, List<String> dirs, String inputs, String lines, Map<String, String> files) {}

    private PhaseInputs() {}

    /** The id of a local image by name, or null when unknown. */
    interface ImageIds {
        String of(String image) throws IOException;
    }

    /**
     * @param imageIds ids of the base images the {@code FROM} lines name: a tag that moved to another image changes
     *     the layer keys of everything after it, so it changes the inputs too
     */
    static List<Point> of(String marked, ContextDigest context, Map<String, String> buildArgs, ImageIds imageIds)
            throws IOException {
        List<String> lines = List.of(marked.split("\n", -1));
        List<Point> out = new ArrayList<>();
        java.util.Set<String> stages = new java.util.HashSet<>();
        String chain = argsDigest(buildArgs);
        int i = 0;
        StringBuilder region = new StringBuilder();
        Map<String, String> files = new LinkedHashMap<>();
        String phase = null;
        List<String> dirs = List.of();
        while (i <= lines.size()) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean point = line != null && line.startsWith(CacheHooksImpl.POINT);
            boolean end = line == null || point || (phase != null && endsRegion(line.strip()));
            if (end && phase != null) {
                String linesDigest = sha256(region.toString());
                chain = sha256(chain + "\n" + linesDigest + "\n" + new TreeMap<>(files));
                out.add(new Point(phase, dirs, chain, linesDigest, Map.copyOf(files)));
                phase = null;
                region.setLength(0);
                files.clear();
            }
            if (line == null) {
                break;
            }
            if (point) {
                String[] parts =
                        line.substring(CacheHooksImpl.POINT.length()).strip().split(" +");
                phase = parts[0];
                dirs = List.of(parts).subList(1, parts.length);
            } else {
                region.append(line).append('\n');
                String base = fromImage(line.strip(), stages);
                if (base != null) {
                    region.append("# image id ").append(imageIds.of(base)).append('\n');
                }
                for (String source : copySources(line.strip())) {
                    files.put(source, context.of(source));
                }
            }
            i++;
        }
        return out;
    }

    /** The digest of the build arguments, where every point's chain starts. */
    static String argsDigest(Map<String, String> buildArgs) {
        return sha256("build-args " + new TreeMap<>(buildArgs));
    }

    /** The next phase, stage, or save step: the lines after it no longer key this point's commands. */
    private static boolean endsRegion(String t) {
        String upper = t.toUpperCase(Locale.ROOT);
        return upper.startsWith("FROM ")
                || (t.startsWith("# ") && t.endsWith(" phase"))
                || t.equals("# after the last phase")
                || t.equalsIgnoreCase(NixpacksBuild.SAVE_MARKER);
    }

    /** The image a {@code FROM} line builds on, unless it is an earlier stage; records the stage's own name. */
    static String fromImage(String t, java.util.Set<String> stages) {
        String[] w = t.split("\\s+");
        if (w.length < 2 || !w[0].equalsIgnoreCase("FROM")) {
            return null;
        }
        int i = 1;
        while (i < w.length && w[i].startsWith("--")) {
            i++;
        }
        if (i >= w.length) {
            return null;
        }
        String image = w[i];
        if (i + 2 < w.length && w[i + 1].equalsIgnoreCase("AS")) {
            stages.add(w[i + 2].toLowerCase(Locale.ROOT));
        }
        return stages.contains(image.toLowerCase(Locale.ROOT)) || image.equalsIgnoreCase("scratch") ? null : image;
    }

    /** Context sources of a {@code COPY}/{@code ADD} line; none for {@code --from} copies or other lines. */
    static List<String> copySources(String t) {
        String upper = t.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("COPY ") && !upper.startsWith("ADD ")) {
            return List.of();
        }
        String rest = t.substring(t.indexOf(' ') + 1).strip();
        List<String> words = new ArrayList<>();
        while (rest.startsWith("--")) {
            int sp = rest.indexOf(' ');
            String flag = sp < 0 ? rest : rest.substring(0, sp);
            if (flag.startsWith("--from")) {
                return List.of();
            }
            rest = sp < 0 ? "" : rest.substring(sp + 1).strip();
        }
        if (rest.startsWith("[")) {
            try {
                JsonNode arr = JSON.readTree(rest);
                arr.forEach(n -> words.add(n.asText()));
            } catch (IOException e) {
                words.addAll(List.of(rest.split("\\s+")));
            }
        } else {
            words.addAll(List.of(rest.split("\\s+")));
        }
        if (words.size() < 2) {
            return List.of();
        }
        List<String> sources = new ArrayList<>(words.subList(0, words.size() - 1));
        sources.removeIf(s -> s.contains("://")); // ADD of a URL is not from the context
        return sources;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
