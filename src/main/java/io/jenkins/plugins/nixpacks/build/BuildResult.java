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
        m.put("cacheImageDigest", cacheImageDigest);
        m.put("layerCachePulled", layerCachePulled);
        m.put("phasesFromLayerCache", new ArrayList<>(phasesFromLayerCache));
        m.put("layerCacheDigest", layerCacheDigest);
        m.put("restoreMillis", restoreMillis);
        m.put("buildMillis", buildMillis);
        m.put("saveMillis", saveMillis);
        m.put("totalMillis", totalMillis);
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }
}
