package io.jenkins.plugins.nixpacks.build;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a build did, for the pipeline (as a map), the runner (as JSON) and the benchmark. */
public final class BuildResult implements Serializable {
    private static final long serialVersionUID = 1L;

    public String image;
    public String imageId;
    /** The digest the registry gave the pushed image, or null when not pushed. */
    public String pushedDigest;

    public String cacheImage;
    /** The cache image the build restored from (cacheImage or one of cacheFrom), or null on a miss. */
    public String cacheRestoredFrom;

    public List<String> dirsRestored = new ArrayList<>();
    public long bytesRestored;
    public List<String> dirsSaved = new ArrayList<>();
    public long bytesSaved;
    /** Cache-layer bytes actually sent to the registry; 0 when nothing changed. */
    public long cacheBytesUploaded;
    /** Cache-layer bytes sent to the receiver (only layers the registry lacked); 0 when nothing changed. */
    public long cacheBytesSent;
    /** Cache layers sent to the receiver and pushed. */
    public int cacheLayersSent;
    /** Cache layers the registry already held, neither sent nor pushed. */
    public int cacheLayersReused;

    public String cacheImageDigest;
    /** The layer-cache image pulled as --cache-from (pinned by digest), or null on a miss. */
    public String layerCachePulled;
    /** The phases built as the layer cache recorded them, so that they take its layers. */
    public List<String> phasesFromLayerCache = new ArrayList<>();
    /** The digest the registry gave the pushed layer-cache image, or null when not pushed. */
    public String layerCacheDigest;

    public long restoreMillis;
    public long buildMillis;
    public long saveMillis;
    public long totalMillis;
    public List<String> warnings = new ArrayList<>();
    /** Where the time went, row by row; {@link #toMap} exposes it for charts. */
    public Timeline timeline = new Timeline();
    /** Why the build failed, or null when it did not; set also when the result is written after a failure. */
    public String errorMessage;
    /** The {@link BuildException.Kind} of the failure in lower case, or "io"/"interrupted", or null. */
    public String errorKind;

    /** The plan's providers; empty when the project's Dockerfile was built. */
    public List<String> providers = new ArrayList<>();
    /** The plan as the build log prints it (images, phases with their commands, start); empty for a Dockerfile. */
    public List<String> plan = new ArrayList<>();
    /** Every cache directory the build carried, restored or not; empty without a cache image. */
    public List<String> cacheDirs = new ArrayList<>();

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("image", image);
        m.put("imageId", imageId);
        m.put("pushedDigest", pushedDigest);
        m.put("cacheImage", cacheImage);
        m.put("cacheRestoredFrom", cacheRestoredFrom);
        m.put("dirsRestored", new ArrayList<>(dirsRestored));
        m.put("bytesRestored", bytesRestored);
        m.put("dirsSaved", new ArrayList<>(dirsSaved));
        m.put("bytesSaved", bytesSaved);
        m.put("cacheBytesUploaded", cacheBytesUploaded);
        m.put("bytesFetched", Summary.fetched(this));
        m.put("cacheBytesSent", cacheBytesSent);
        m.put("cacheLayersSent", cacheLayersSent);
        m.put("cacheLayersReused", cacheLayersReused);
        m.put("cacheImageDigest", cacheImageDigest);
        m.put("layerCachePulled", layerCachePulled);
        m.put("phasesFromLayerCache", new ArrayList<>(phasesFromLayerCache));
        m.put("layerCacheDigest", layerCacheDigest);
        m.put("restoreMillis", restoreMillis);
        m.put("buildMillis", buildMillis);
        m.put("saveMillis", saveMillis);
        m.put("totalMillis", totalMillis);
        m.put("warnings", new ArrayList<>(warnings));
        m.put("providers", new ArrayList<>(providers));
        m.put("cacheDirs", new ArrayList<>(cacheDirs));
        m.put("timeline", timeline.toList());
        if (errorMessage != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", errorMessage);
            error.put("kind", errorKind);
            m.put("error", error);
        } else {
            m.put("error", null);
        }
        return m;
    }
}
