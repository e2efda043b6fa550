package io.jenkins.plugins.nixpacks.jenkins;

import io.jenkins.plugins.nixpacks.build.BuildResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one {@code nixpacksBuild} (or freestyle build step) did, as the build page shows it and the run stores it in
 * build.xml. Plain fields of strings, numbers and lists of them, so XStream writes and reads it without
 * converters; derived views ({@link #getDirectories}, {@link #getTimeline}) are computed, not stored.
 */
public final class NixpacksRecord {
    /** An upload URL's token, should a warning quote one: it never goes to build.xml. */
    private static final Pattern TOKEN = Pattern.compile("(" + CacheReceiver.URL_NAME + "/)[A-Za-z0-9_.-]+");

    private String image;
    private String imageId;
    private String pushedDigest;
    private String cacheImage;
    private String cacheRestoredFrom;
    private String cacheImageDigest;
    /** The layer-cache image pulled (pinned): the build's own, or a cacheFrom's; null when none was (old records). */
    private String layerCachePulled;
    /** The phases taken from it; null in old records. */
    private List<String> phasesFromLayerCache = new ArrayList<>();

    private List<String> providers = new ArrayList<>();
    private List<String> plan = new ArrayList<>();
    private List<String> cacheDirs = new ArrayList<>();
    private List<String> dirsRestored = new ArrayList<>();
    private List<String> dirsSaved = new ArrayList<>();
    private long bytesRestored;
    private long bytesSaved;
    private long cacheBytesUploaded;
    private long restoreMillis;
    private long buildMillis;
    private long saveMillis;
    private long totalMillis;
    private List<String> warnings = new ArrayList<>();
    /** The build's timeline rows (plan, pulls, each phase, save, push), names and times apart; empty in old records. */
    private List<String> timelineNames = new ArrayList<>();

    private List<Long> timelineMillis = new ArrayList<>();

    /** For XStream. */
    private NixpacksRecord() {}

    static NixpacksRecord of(BuildResult r) {
        NixpacksRecord n = new NixpacksRecord();
        n.image = r.image;
        n.imageId = r.imageId;
        n.pushedDigest = r.pushedDigest;
        n.cacheImage = r.cacheImage;
        n.cacheRestoredFrom = r.cacheRestoredFrom;
        n.cacheImageDigest = r.cacheImageDigest;
        n.layerCachePulled = r.layerCachePulled;
        n.phasesFromLayerCache = new ArrayList<>(r.phasesFromLayerCache);
        n.providers = new ArrayList<>(r.providers);
        n.plan = new ArrayList<>(r.plan);
        n.cacheDirs = new ArrayList<>(r.cacheDirs);
        n.dirsRestored = new ArrayList<>(r.dirsRestored);
        n.dirsSaved = new ArrayList<>(r.dirsSaved);
        n.bytesRestored = r.bytesRestored;
        n.bytesSaved = r.bytesSaved;
        n.cacheBytesUploaded = r.cacheBytesUploaded;
        n.restoreMillis = r.restoreMillis;
        n.buildMillis = r.buildMillis;
        n.saveMillis = r.saveMillis;
        n.totalMillis = r.totalMillis;
        for (String w : r.warnings) {
            n.warnings.add(TOKEN.matcher(w).replaceAll("$1****"));
        }
        for (io.jenkins.plugins.nixpacks.build.Timeline.Entry e : r.timeline.entries()) {
            n.timelineNames.add(e.name());
            n.timelineMillis.add(e.millis());
        }
        return n;
    }

    /** One cache directory: restored (hit) or not (miss), and whether this build saved it. */
    public record Directory(String path, boolean hit, boolean saved) {}

    /** One part of the build's time. */
    public record Span(String name, long millis) {}

    /** Every directory the build carried, in plan order; directories only restored or saved are added after. */
    public List<Directory> getDirectories() {
        Set<String> all = new LinkedHashSet<>(cacheDirs);
        all.addAll(dirsRestored);
        all.addAll(dirsSaved);
        List<Directory> out = new ArrayList<>();
        for (String d : all) {
            out.add(new Directory(d, dirsRestored.contains(d), dirsSaved.contains(d)));
        }
        return out;
    }

    /**
     * Where the time went, as the build log's summary says it: plan, engine connect, layer-cache pull, cache restore,
     * each phase, the stages after them, cache save, layer-cache push, push. A record stored before the build result
     * had a timeline gets the coarse split: restore, the image build, save, and the rest of the step.
     */
    public List<Span> getTimeline() {
        List<Span> out = new ArrayList<>();
        if (timelineNames != null && timelineMillis != null && !timelineNames.isEmpty()) {
            for (int i = 0; i < timelineNames.size() && i < timelineMillis.size(); i++) {
                Long millis = timelineMillis.get(i);
                out.add(new Span(timelineNames.get(i), millis == null ? 0 : millis));
            }
            return out;
        }
        out.add(new Span("restore", restoreMillis));
        out.add(new Span("image build", buildMillis));
        out.add(new Span("save", saveMillis));
        out.add(new Span("plan, pulls, push", Math.max(0, totalMillis - restoreMillis - buildMillis - saveMillis)));
        return out;
    }

    /** The timeline as the chart script reads it: {@code {"names":[...],"seconds":[...]}}. */
    public String getTimelineJson() {
        StringBuilder names = new StringBuilder();
        StringBuilder seconds = new StringBuilder();
        for (Span s : getTimeline()) {
            names.append(names.length() == 0 ? "" : ",").append(Json.string(s.name()));
            seconds.append(seconds.length() == 0 ? "" : ",").append(Json.seconds(s.millis()));
        }
        return "{\"names\":[" + names + "],\"seconds\":[" + seconds + "]}";
    }

    /** Directories restored of those carried; 0 when nothing was carried. */
    public int getHits() {
        return (int) getDirectories().stream().filter(Directory::hit).count();
    }

    public int getDirectoryCount() {
        return getDirectories().size();
    }

    public String getImage() {
        return image;
    }

    public String getImageId() {
        return imageId;
    }

    public String getPushedDigest() {
        return pushedDigest;
    }

    public String getCacheImage() {
        return cacheImage;
    }

    public String getCacheRestoredFrom() {
        return cacheRestoredFrom;
    }

    public String getCacheImageDigest() {
        return cacheImageDigest;
    }

    public String getLayerCachePulled() {
        return layerCachePulled;
    }

    /** The phases taken from the layer cache, in plan order; empty when none was (or the record is older). */
    public List<String> getPhasesFromLayerCache() {
        return phasesFromLayerCache == null ? List.of() : List.copyOf(phasesFromLayerCache);
    }

    public List<String> getProviders() {
        return List.copyOf(providers);
    }

    public List<String> getPlan() {
        return List.copyOf(plan);
    }

    public long getBytesRestored() {
        return bytesRestored;
    }

    public long getBytesSaved() {
        return bytesSaved;
    }

    public long getCacheBytesUploaded() {
        return cacheBytesUploaded;
    }

    public long getTotalMillis() {
        return totalMillis;
    }

    public List<String> getWarnings() {
        return List.copyOf(warnings);
    }

    /** Bytes for people: 0 B, 12.3 MB. */
    public static String size(long bytes) {
        return io.jenkins.plugins.nixpacks.build.Sizes.human(bytes);
    }

    /** Milliseconds for people: 4.1 s. */
    public static String seconds(long millis) {
        return io.jenkins.plugins.nixpacks.build.Sizes.seconds(millis);
    }
}
