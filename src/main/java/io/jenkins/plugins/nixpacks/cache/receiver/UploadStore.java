package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.TarSummary;
import io.jenkins.plugins.nixpacks.cache.TarValidator;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where uploaded cache tars land: {@code <base>/<sha256 of build id>/dir-<index>.tar}. The folder name is a hash, so
 * nothing from the request ever becomes a path. A body streams into a temp file beside its final place, is validated
 * on the way, and is renamed into place only when complete and valid; any failure deletes the temp file. A re-upload
 * of the same index replaces the old tar in one rename.
 *
 * <p>What arrived is indexed in memory: after a restart the store is empty, which the build treats as a cache miss.
 * {@link #sweep} clears folders of builds that died without {@link #remove}.
 */
public final class UploadStore {
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path baseDir;
    private final Map<String, BuildSlot> slots = new ConcurrentHashMap<>();

    /** @param baseDir the store's own folder, e.g. under {@code JENKINS_HOME} or the runner's temp folder */
    public UploadStore(Path baseDir) throws IOException {
        this.baseDir = Files.createDirectories(Objects.requireNonNull(baseDir, "baseDir"));
    }

    public Path baseDir() {
        return baseDir;
    }

    /**
     * Streams one upload to disk, validating it as a tar of {@code layerPath}.
     *
     * @param declaredLength the request's Content-Length, or -1 when chunked; checked against the caps before a byte
     *     is read
     * @throws UploadTooLargeException over the per-file or per-build cap (before or while reading)
     * @throws TarRejectedException the tar breaks a rule
     * @throws IncompleteBodyException the body broke off or stalled
     * @throws IOException the store's disk failed
     */
    public StoredUpload receive(
            String buildId, int dirIndex, String layerPath, InputStream body, long declaredLength, Limits limits)
            throws IOException {
        TarValidator validator = new TarValidator(layerPath, limits.tarLimits());
        if (declaredLength > limits.maxFileBytes()) {
            throw new UploadTooLargeException("Upload of " + declaredLength + " bytes is over the limit of "
                    + limits.maxFileBytes() + " bytes per cache directory");
        }
        BuildSlot slot = slot(buildId);
        slot.begin();
        long reserved = 0;
        Path temp = null;
        try {
            if (declaredLength > 0) {
                slot.reserve(declaredLength, limits.maxBuildBytes());
                reserved = declaredLength;
            }
            temp = Files.createTempFile(slot.dir, ".upload-" + dirIndex + "-", ".part");
            MessageDigest sha256 = sha256();
            BodyStream counted = new BodyStream(body, slot, limits, reserved);
            TarSummary summary;
            try (OutputStream out = new DigestOutputStream(
                    new BufferedOutputStream(new FileOutputStream(temp.toFile()), BUFFER_SIZE), sha256)) {
                summary = validator.copy(counted, out);
            } finally {
                reserved = counted.reserved;
            }
            StoredUpload stored = new StoredUpload(
                    dirIndex,
                    validator.layerPath(),
                    slot.dir.resolve("dir-" + dirIndex + ".tar"),
                    counted.count,
                    HexFormat.of().formatHex(sha256.digest()),
                    summary.entries());
            slot.commit(temp, stored);
            temp = null;
            return stored;
        } finally {
            slot.release(reserved);
            slot.end();
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The directories of {@code buildId} that arrived, by index; empty when none did. */
    public Map<Integer, StoredUpload> arrived(String buildId) {
        BuildSlot slot = slots.get(buildId);
        return slot == null ? Map.of() : slot.arrived();
    }

    /** Reads one arrived tar. */
    public InputStream open(String buildId, int dirIndex) throws IOException {
        StoredUpload upload = arrived(buildId).get(dirIndex);
        if (upload == null) {
            throw new NoSuchFileException("No upload of cache directory " + dirIndex + " for build " + buildId);
        }
        return Files.newInputStream(upload.file());
    }

    /** Forgets {@code buildId} and deletes its folder; an upload still in flight for it fails. */
    public void remove(String buildId) throws IOException {
        BuildSlot slot = slots.remove(buildId);
        Path dir = slot != null ? slot.dir : baseDir.resolve(folderName(buildId));
        if (slot != null) {
            slot.close();
        }
        deleteTree(dir);
    }

    /**
     * Deletes the folders of builds with no upload in flight and nothing written for {@code olderThan}: builds that
     * ended without {@link #remove}, or folders left from before a restart.
     *
     * @return how many build folders were deleted
     */
    public int sweep(Duration olderThan) throws IOException {
        Instant cutoff = Instant.now().minus(olderThan);
        int removed = 0;
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(baseDir, Files::isDirectory)) {
            children.forEach(folders::add);
        }
        for (Path folder : folders) {
            BuildSlot slot = slots.values().stream()
                    .filter(s -> s.dir.equals(folder))
                    .findFirst()
                    .orElse(null);
            if ((slot != null && slot.busy()) || lastWrite(folder).toInstant().isAfter(cutoff)) {
                continue;
            }
            if (slot != null) {
                slots.remove(slot.buildId, slot);
                slot.close();
            }
            deleteTree(folder);
            removed++;
        }
        return removed;
    }

    private BuildSlot slot(String buildId) throws IOException {
        BuildSlot slot = slots.get(buildId);
        if (slot == null) {
            Path dir = Files.createDirectories(baseDir.resolve(folderName(buildId)));
            slot = slots.computeIfAbsent(buildId, id -> new BuildSlot(id, dir));
        }
        return slot;
    }

    private static String folderName(String buildId) {
        return HexFormat.of().formatHex(sha256().digest(buildId.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static FileTime lastWrite(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            FileTime latest = Files.getLastModifiedTime(folder);
            for (Path f : (Iterable<Path>) files::iterator) {
                FileTime t = Files.getLastModifiedTime(f);
                if (t.compareTo(latest) > 0) {
                    latest = t;
                }
            }
            return latest;
        } catch (NoSuchFileException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // removed concurrently: what we wanted
        }
    }

    /** One build's folder, what arrived in it, and the bytes it holds or has in flight. */
    private static final class BuildSlot {
        final String buildId;
        final Path dir;
        private final Map<Integer, StoredUpload> arrived = new TreeMap<>();
        private long storedBytes;
        private long inFlightBytes;
        private int uploading;
        private boolean closed;

        BuildSlot(String buildId, Path dir) {
            this.buildId = buildId;
            this.dir = dir;
        }

        synchronized Map<Integer, StoredUpload> arrived() {
            return Collections.unmodifiableMap(new TreeMap<>(arrived));
        }

        synchronized boolean busy() {
            return uploading > 0;
        }

        /** Counts {@code bytes} against the build's cap; a re-upload counts until it replaces the old tar. */
        synchronized void reserve(long bytes, long maxBuildBytes) throws UploadTooLargeException {
            if (storedBytes + inFlightBytes + bytes > maxBuildBytes) {
                throw new UploadTooLargeException("Build " + buildId + " would hold more than " + maxBuildBytes
                        + " bytes of cache uploads (" + storedBytes + " stored, " + inFlightBytes + " in flight)");
            }
            inFlightBytes += bytes;
        }

        synchronized void release(long bytes) {
            inFlightBytes -= bytes;
        }

        synchronized void begin() throws IOException {
            if (closed) {
                throw new IOException("Build " + buildId + " was removed from the upload store");
            }
            uploading++;
        }

        synchronized void end() {
            uploading--;
        }

        /** Moves a validated temp file into place and records it, as one step for readers of this slot. */
        synchronized void commit(Path temp, StoredUpload upload) throws IOException {
            if (closed) {
                throw new IOException("Build " + buildId + " was removed from the upload store");
            }
            Files.move(temp, upload.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            StoredUpload old = arrived.put(upload.dirIndex(), upload);
            storedBytes += upload.size() - (old == null ? 0 : old.size());
        }

        synchronized void close() {
            closed = true;
        }
    }

    /**
     * The request body, counted against the caps as it is read, with a failure to read it marked as an
     * {@link IncompleteBodyException} so it is not mistaken for a bad tar or a full disk.
     */
    private static final class BodyStream extends FilterInputStream {
        private final BuildSlot slot;
        private final Limits limits;
        long count;
        /** Bytes of this upload counted against the build so far (the Content-Length up front, else as read). */
        long reserved;

        BodyStream(InputStream in, BuildSlot slot, Limits limits, long reserved) {
            super(in);
            this.slot = slot;
            this.limits = limits;
            this.reserved = reserved;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (TarRejectedException e) {
                throw e; // a body that does not decode (base64): bad, not broken off
            } catch (IOException e) {
                throw new IncompleteBodyException(count, e);
            }
            if (n > 0) {
                count += n;
                if (count > limits.maxFileBytes()) {
                    throw new UploadTooLargeException(
                            "Upload is over the limit of " + limits.maxFileBytes() + " bytes per cache directory");
                }
                if (count > reserved) {
                    slot.reserve(count - reserved, limits.maxBuildBytes());
                    reserved = count;
                }
            }
            return n;
        }

        @Override
        public long skip(long n) {
            return 0; // the validator reads every byte; a skip would lose bytes from the copy
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // the servlet container owns the request stream
        }
    }
}
