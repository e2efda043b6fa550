package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.GeneratedTar;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB body, generated as it is sent, into a receiver whose JVM has a 96 MiB heap: it can only succeed by
 * streaming. The receiver's used heap after GC, before and after, must stay within a generous bound.
 */
class LargeUploadTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path tmp;

    @Test
    void oneGibibyteStreamsThroughASmallHeap() throws Exception {
        Path storeDir = tmp.resolve("store");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process receiver = new ProcessBuilder(
                        javaBin.toString(),
                        "-Xmx96m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReceiverProcess.class.getName(),
                        storeDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(receiver.getInputStream(), StandardCharsets.UTF_8))) {
            long heapBefore = Long.parseLong(expect(lines, "HEAP "));
            URI url = URI.create(expect(lines, "URL "));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            GeneratedTar tar = new GeneratedTar("root/.npm", GIB, 42);
            long length = tar.length();
            HttpRequest request = HttpRequest.newBuilder(url)
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new DigestInputStream(tar, sha256)))
                    .build();

            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(expect(lines, "LOG ")).startsWith("Stored cache big#1 dir 0 (root/.npm): " + length + " bytes");
            long heapAfter = Long.parseLong(expect(lines, "HEAP "));
            assertThat(heapAfter - heapBefore)
                    .as("receiver heap growth after a 1 GiB upload (before %d, after %d)", heapBefore, heapAfter)
                    .isLessThan(64 * MIB);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(storeDir)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertThat(files).hasSize(1);
            assertThat(Files.size(files.get(0))).isEqualTo(length);
            assertThat(response.body()).contains("sha256 " + HexFormat.of().formatHex(sha256.digest()));
        } finally {
            receiver.getOutputStream().close();
            if (!receiver.waitFor(60, TimeUnit.SECONDS)) {
                receiver.destroyForcibly();
            }
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
        throw new AssertionError("receiver process ended before printing " + prefix.trim());
    }
}
