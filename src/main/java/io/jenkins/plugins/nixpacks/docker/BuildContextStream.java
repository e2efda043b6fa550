package io.jenkins.plugins.nixpacks.docker;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * A build context written as a tar by a background thread into a pipe that the HTTP request reads: the context
 * is never whole in memory nor on disk. Files left out by {@code .dockerignore} are skipped as the Docker CLI
 * skips them; a Dockerfile outside the context travels inside it under a generated name.
 */
final class BuildContextStream implements Closeable {
    private static final int PIPE_BUFFER = 256 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The name of a Dockerfile from outside the context, inside the streamed context. */
    static final String FIXED_NAME = ".dockerfile.nixpacks";

    private final Path context;
    private final Path dockerfile;
    private final String dockerfileName;
    private final boolean dockerfileOutside;
    private final DockerIgnore ignore;
    private final PipedInputStream pipeIn;
    private final PipedOutputStream pipeOut;
    private final Thread writer;
    private volatile IOException failure;
    private volatile boolean cancelled;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private BuildContextStream(Path context, Path dockerfile) throws IOException {
        if (!Files.isDirectory(context)) {
            throw new DockerOperationException("build context " + context + " is not a folder");
        }
        if (!Files.isRegularFile(dockerfile)) {
            throw new DockerOperationException("Dockerfile " + dockerfile + " not found");
        }
        this.context = context.toRealPath();
        this.dockerfile = dockerfile.toRealPath();
        this.dockerfileOutside = !this.dockerfile.startsWith(this.context);
        if (dockerfileOutside) {
            // Docker's convention for a Dockerfile brought in from elsewhere, but under a fixed name: the name is
            // written into the .dockerignore the context carries, and a project's own .dockerignore is copied by
            // `COPY .`, so a random name changed that step's key on every send (measured: the final build ran the
            // build phase a second time, and no build ever took `COPY .` from the layer cache).
            this.dockerfileName = Files.exists(this.context.resolve(FIXED_NAME), LinkOption.NOFOLLOW_LINKS)
                    ? FIXED_NAME + "." + randomHex(10)
                    : FIXED_NAME;
            this.ignore = DockerIgnore.read(this.context);
        } else {
            this.dockerfileName =
                    this.context.relativize(this.dockerfile).toString().replace('\\', '/');
            // The daemon needs these two even when .dockerignore names them; it drops them itself afterwards.
            this.ignore = DockerIgnore.read(this.context).keeping(List.of(".dockerignore", dockerfileName));
        }
        this.pipeIn = new PipedInputStream(PIPE_BUFFER);
        this.pipeOut = new PipedOutputStream(pipeIn);
        this.writer = new Thread(this::writeAll, "nixpacks build context " + this.context);
        this.writer.setDaemon(true);
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Starts writing the context of {@code contextDir} with {@code dockerfile}. */
    static BuildContextStream start(Path contextDir, Path dockerfile) throws IOException {
        BuildContextStream s = new BuildContextStream(contextDir, dockerfile);
        s.writer.start();
        return s;
    }

    /** The Dockerfile's path inside the streamed context, for the build's {@code dockerfile} parameter. */
    String dockerfileName() {
        return dockerfileName;
    }

    /**
     * The tar as the request body. It ends with an error, not a clean end, if writing failed or was cancelled,
     * so the daemon never builds from a truncated context.
     */
    InputStream stream() {
        return new FilterInputStream(pipeIn) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                checkHealthy();
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (IOException e) {
                    checkHealthy();
                    throw e;
                }
                if (n < 0) {
                    awaitWriter();
                    checkHealthy();
                }
                return n;
            }
        };
    }

    /** Files sent so far. */
    long files() {
        return files.get();
    }

    /** Content bytes sent so far. */
    long bytes() {
        return bytes.get();
    }

    /** Stops the writer; the request body then fails, which aborts the upload. */
    void cancel() {
        cancelled = true;
        try {
            pipeIn.close();
        } catch (IOException e) {
            // closing a pipe does not fail
        }
    }

    /** Why writing the context failed (e.g. an unreadable file), or null. */
    @CheckForNull
    IOException failure() {
        return failure;
    }

    /** The writer's failure, if any, e.g. an unreadable file of the context. */
    void checkHealthy() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException(f.getMessage(), f);
        }
        if (cancelled) {
            throw new InterruptedIOException("build context upload cancelled");
        }
    }

    @Override
    public void close() {
        cancel();
        awaitWriter();
    }

    private void awaitWriter() {
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeAll() {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(pipeOut)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            if (dockerfileOutside) {
                writeFile(tar, dockerfile, dockerfileName);
                writeIgnoreFileNamingDockerfile(tar);
            }
            writeChildren(tar, context, "");
            tar.finish();
        } catch (IOException | RuntimeException e) {
            if (!cancelled) {
                failure = e instanceof IOException io
                        ? new IOException("cannot send build context " + context + ": " + e.getMessage(), io)
                        : new IOException("cannot send build context " + context + ": " + e, e);
            }
            // Unblock and fail the reader; the pipe must not look like a clean end.
            try {
                pipeIn.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Sorted, so that the same folder gives the same tar. */
    private void writeChildren(TarArchiveOutputStream tar, Path dir, String relDir) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path child : ds) {
                children.add(child);
            }
        }
        children.sort(
                (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path child : children) {
            if (cancelled) {
                throw new InterruptedIOException("cancelled");
            }
            String name = String.valueOf(child.getFileName());
            String rel = relDir.isEmpty() ? name : relDir + "/" + name;
            if (dockerfileOutside && rel.equals(".dockerignore")) {
                continue; // replaced by the copy that also names the Dockerfile
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue; // vanished while we walked
            }
            boolean excluded = ignore.excludes(rel);
            if (attrs.isDirectory()) {
                if (!excluded) {
                    tar.putArchiveEntry(entry(child, rel + "/", TarConstants.LF_DIR, 0, attrs));
                    tar.closeArchiveEntry();
                    writeChildren(tar, child, rel);
                } else if (ignore.mayKeepSomethingUnder(rel)) {
                    writeChildren(tar, child, rel);
                }
            } else if (excluded) {
                continue;
            } else if (attrs.isSymbolicLink()) {
                TarArchiveEntry e = entry(child, rel, TarConstants.LF_SYMLINK, 0, attrs);
                e.setLinkName(Files.readSymbolicLink(child).toString());
                tar.putArchiveEntry(e);
                tar.closeArchiveEntry();
            } else if (attrs.isRegularFile()) {
                writeFile(tar, child, rel);
            }
            // Sockets, fifos and devices are not part of a build context.
        }
    }

    private void writeFile(TarArchiveOutputStream tar, Path file, String name) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        tar.putArchiveEntry(entry(file, name, TarConstants.LF_NORMAL, attrs.size(), attrs));
        try (InputStream in = Files.newInputStream(file)) {
            copy(in, tar);
        }
        tar.closeArchiveEntry();
        files.incrementAndGet();
    }

    private void writeIgnoreFileNamingDockerfile(TarArchiveOutputStream tar) throws IOException {
        Path original = context.resolve(".dockerignore");
        // Small text file: read whole. It makes the daemon drop the generated Dockerfile from what COPY sees.
        String text =
                Files.isRegularFile(original) ? Files.readString(original, StandardCharsets.UTF_8) : ".dockerignore";
        byte[] content = (text + "\n" + dockerfileName + "\n").getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(".dockerignore", TarConstants.LF_NORMAL);
        e.setSize(content.length);
        e.setMode(0100644);
        tar.putArchiveEntry(e);
        copy(new ByteArrayInputStream(content), tar);
        tar.closeArchiveEntry();
    }

    private void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (cancelled) {
                throw new InterruptedIOException("cancelled");
            }
            out.write(buf, 0, n);
            bytes.addAndGet(n);
        }
    }

    private static TarArchiveEntry entry(Path path, String name, byte type, long size, BasicFileAttributes attrs)
            throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setSize(size);
        e.setModTime(attrs.lastModifiedTime());
        // The Docker CLI sends every file as root's.
        e.setIds(0, 0);
        int typeBits = type == TarConstants.LF_DIR ? 040000 : type == TarConstants.LF_SYMLINK ? 0120000 : 0100000;
        e.setMode(typeBits | permissions(path, type));
        return e;
    }

    private static int permissions(Path path, byte type) throws IOException {
        try {
            PosixFileAttributes posix =
                    Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> perms = posix.permissions();
            int mode = 0;
            for (PosixFilePermission p : perms) {
                mode |= 1 << (8 - p.ordinal());
            }
            return mode;
        } catch (UnsupportedOperationException e) {
            return type == TarConstants.LF_DIR ? 0755 : Files.isExecutable(path) ? 0755 : 0644;
        }
    }
}
