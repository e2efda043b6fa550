package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.GeneratedTar;
import io.jenkins.plugins.nixpacks.cache.UploadProof;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.Digests;
import io.jenkins.plugins.nixpacks.testing.Tmpfs;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB layer, generated as it is sent, into a receiver whose JVM has a 96 MiB heap and whose temp folder and working
 * directory are a 1 MiB tmpfs: it can only be accepted by streaming, in memory and on disk. The receiver's used heap
 * after GC is read before, with half the body in flight, and after; each must stay within a bound far below the body.
 */
class LargeLayerUploadTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path tmp;

    @Test
    void aOneGibibyteLayerStreamsThroughASmallHeapAndNoDisk() throws Exception {
        // The agent knows each layer's digest before it sends: so does this test, from a first pass over the bytes.
        long length;
        Digest digest;
        try (GeneratedTar tar = new GeneratedTar("root/.npm", GIB, 42)) {
            length = tar.length();
            MessageDigest sha = Digests.newSha256();
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = tar.read(buffer)) >= 0) {
                sha.update(buffer, 0, n);
            }
            digest = Digest.ofSha256(sha.digest());
        }
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "1m")) {
            Process receiver = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx96m",
                            "-XX:-UsePerfData",
                            "-Djava.io.tmpdir=" + disk.dir(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            ReceiverProcess.class.getName())
                    .directory(disk.dir().toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(receiver.getInputStream(), StandardCharsets.UTF_8));
                    PrintStream commands = new PrintStream(receiver.getOutputStream(), true, StandardCharsets.UTF_8)) {
                String token = expect(lines, "TOKEN ");
                URI base = URI.create(expect(lines, "URL "));
                commands.println("heap");
                long heapBefore = Long.parseLong(expect(lines, "HEAP "));
                String header = digest + ":" + length;
                long start = System.nanoTime();
                long heapInFlight;
                String answer;
                try (Socket socket = new Socket(base.getHost(), base.getPort());
                        GeneratedTar tar = new GeneratedTar("root/.npm", GIB, 42)) {
                    // Only a safety net: the receiver's own read timeout is a minute.
                    socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(3));
                    OutputStream out = socket.getOutputStream();
                    out.write(("PUT " + base.getRawPath() + CacheUploadHandler.pathFor(token, 0) + " HTTP/1.1\r\n"
                                    + "Host: 127.0.0.1\r\n"
                                    + UploadProof.LAYERS_HEADER + ": " + header + "\r\n"
                                    + UploadProof.PROOF_HEADER + ": " + UploadProof.sign(token, 0, header) + "\r\n"
                                    + "Content-Length: " + length + "\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    copy(tar, out, length / 2);
                    out.flush();
                    // Half a gibibyte has gone by and the rest is still to come: the receiver holds what it holds now.
                    commands.println("heap");
                    heapInFlight = Long.parseLong(expect(lines, "HEAP "));
                    copy(tar, out, Long.MAX_VALUE);
                    out.flush();
                    answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                }
                double seconds = (System.nanoTime() - start) / 1e9;

                assertThat(answer).startsWith("HTTP/1.1 201 ");
                assertThat(expect(lines, "LOG "))
                        .startsWith("Accepted cache big#1 dir 0 (root/.npm): 1 layer, " + length + " bytes, 2 entries");
                commands.println("ledger");
                assertThat(expect(lines, "LEDGER ")).isEqualTo(length + " " + digest);
                commands.println("heap");
                long heapAfter = Long.parseLong(expect(lines, "HEAP "));
                System.out.printf(
                        "1 GiB layer into -Xmx96m: %d bytes in %.1f s; used heap after GC: before %d MiB, in flight"
                                + " %d MiB, after %d MiB%n",
                        length, seconds, heapBefore / MIB, heapInFlight / MIB, heapAfter / MIB);
                assertThat(heapInFlight - heapBefore)
                        .as(
                                "heap growth with 512 MiB of the body received (before %d, during %d)",
                                heapBefore, heapInFlight)
                        .isLessThan(16 * MIB);
                assertThat(heapAfter - heapBefore)
                        .as("heap growth after 1 GiB received (before %d, after %d)", heapBefore, heapAfter)
                        .isLessThan(16 * MIB);
                List<Path> files;
                try (Stream<Path> walk = Files.walk(disk.dir())) {
                    files = walk.filter(Files::isRegularFile).toList();
                }
                assertThat(files).as("files the receiver wrote").isEmpty();
            } finally {
                receiver.getOutputStream().close();
                if (!receiver.waitFor(30, TimeUnit.SECONDS)) {
                    receiver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** Copies up to {@code limit} bytes. */
    private static void copy(InputStream in, OutputStream out, long limit) throws Exception {
        byte[] buffer = new byte[256 * 1024];
        long left = limit;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** The rest of the next line with {@code prefix}, skipping other lines. */
    private static String expect(BufferedReader lines, String prefix) throws Exception {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new AssertionError("the receiver process ended before printing " + prefix.trim());
    }
}
