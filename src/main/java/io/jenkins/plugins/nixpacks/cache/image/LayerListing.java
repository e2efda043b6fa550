package io.jenkins.plugins.nixpacks.cache.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each layer of a cache directory holds, as keys: for every entry a layer writes, the key of its name and the
 * key of the entry itself ({@link EntryIndex#nameKey}, {@link EntryIndex#entryKey}). The save writes it into the
 * cache image's config, under {@link #LABEL}, and the next save reads it to keep the layers whose entries are all
 * still there and to send only what is new ({@link Generations}). 16 bytes an entry: go-svc's go-build cache (2,600
 * entries) lists in 55 kB.
 *
 * <p>A listing only decides which of the previous image's own layers are kept; it never lets bytes into an image
 * unchecked. A listing that cannot be read is no listing: the save cuts the directory afresh.
 */
public final class LayerListing {
    public static final String LABEL = "io.jenkins.nixpacks.cache.entries";

    /** Past this many entries a directory is not listed (a 3 MB label), and each save cuts it afresh. */
    static final int MAX_ENTRIES = 200_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private LayerListing() {}

    /**
     * One directory: its first {@code baseLayers} layers are a full cut, the rest hold what each later save added;
     * {@code layers} has, per layer, name key and entry key pairs.
     */
    public record Dir(int baseLayers, List<long[]> layers) {
        public Dir {
            layers = List.copyOf(layers);
            if (baseLayers < 1 || baseLayers > layers.size()) {
                throw new IllegalArgumentException(baseLayers + " base layers of " + layers.size());
            }
            for (long[] l : layers) {
                if (l.length % 2 != 0) {
                    throw new IllegalArgumentException("a layer's keys come in pairs");
                }
            }
        }

        int entries() {
            return layers.stream().mapToInt(l -> l.length / 2).sum();
        }
    }

    /** The label's value for {@code dirs} (layer path to listing), leaving out directories over the cap. */
    public static String encode(Map<String, Dir> dirs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", VERSION);
        ObjectNode out = root.putObject("dirs");
        dirs.forEach((path, dir) -> {
            if (dir.entries() > MAX_ENTRIES) {
                return;
            }
            ObjectNode d = out.putObject(path);
            d.put("base", dir.baseLayers());
            ArrayNode ls = d.putArray("layers");
            for (long[] keys : dir.layers()) {
                ByteBuffer b = ByteBuffer.allocate(keys.length * 8);
                for (long k : keys) {
                    b.putLong(k);
                }
                ls.add(Base64.getEncoder().encodeToString(b.array()));
            }
        });
        return root.toString();
    }

    /** The listings in a label's value; an empty map when it is absent, of another version or damaged. */
    public static Map<String, Dir> decode(String label) {
        Map<String, Dir> out = new LinkedHashMap<>();
        if (label == null) {
            return out;
        }
        try {
            JsonNode root = JSON.readTree(label);
            if (root.path("v").asInt() != VERSION) {
                return out;
            }
            var fields = root.path("dirs").fields();
            while (fields.hasNext()) {
                var f = fields.next();
                List<long[]> layers = new ArrayList<>();
                for (JsonNode l : f.getValue().path("layers")) {
                    ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(l.asText()));
                    if (b.remaining() % 16 != 0) {
                        return new LinkedHashMap<>();
                    }
                    long[] keys = new long[b.remaining() / 8];
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = b.getLong();
                    }
                    layers.add(keys);
                }
                out.put(f.getKey(), new Dir(f.getValue().path("base").asInt(), layers));
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            return new LinkedHashMap<>();
        }
    }
}
