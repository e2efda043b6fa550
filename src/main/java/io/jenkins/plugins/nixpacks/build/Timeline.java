package io.jenkins.plugins.nixpacks.build;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a build's time went, in order: plan, layer-cache pull, cache restore, each phase of the docker build, save,
 * push. Carried by {@link BuildResult} so the runner's JSON and the Jenkins build page can show and chart it.
 */
public final class Timeline implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a row measures, for a chart's colours. */
    public enum Kind {
        PLAN,
        LAYER_CACHE,
        RESTORE,
        PHASE,
        DOCKER,
        SAVE,
        PUSH
    }

    /**
     * One row.
     *
     * @param name what a person reads: "plan", "phase install", ...
     * @param bytes the bytes the row moved (restored, saved), or -1 when it moves none worth telling
     * @param note a few words on the bytes, or empty
     */
    public record Entry(String name, Kind kind, long millis, long bytes, String note) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
            m.put("millis", millis);
            m.put("bytes", bytes);
            m.put("note", note);
            return m;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(String name, Kind kind, long millis) {
        add(name, kind, millis, -1, "");
    }

    public synchronized void add(String name, Kind kind, long millis, long bytes, String note) {
        entries.add(new Entry(name, kind, Math.max(0, millis), bytes, note == null ? "" : note));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<Map<String, Object>> toList() {
        List<Map<String, Object>> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.toMap()));
        return out;
    }
}
