import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Receiver throughput and heap: one big cache-directory upload into the runner's {@link LocalReceiver} on loopback.
 *
 * <p>{@code java -Xmx96m -cp CLASSES:nixpacks-runner.jar ReceiverBench MIB RESULT.json} starts the receiver in this
 * JVM, then runs the sender in separate processes ({@code java ReceiverBench tar MIB | curl -T - URL}, as the build
 * container does), so the heap measured here is the receiver's alone. The tar is generated on the fly, never held in
 * memory or on disk. {@code java ReceiverBench tar MIB} writes that tar to stdout.
 */
public final class ReceiverBench {
    private static final int FILE_MIB = 64;

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("tar")) {
            writeTar(Long.parseLong(args[1]), System.out);
            return;
        }
        long mib = Long.parseLong(args[0]);
        Path result = Path.of(args[1]);
        Path uploads = Files.createTempDirectory("receiver-bench-");
        Sampler sampler = new Sampler();
        try (LocalReceiver receiver = LocalReceiver.start(uploads, m -> System.out.println(m))) {
            UploadChannel ch = receiver.open("bench-1", List.of("root/.npm"));
            String url = ch.uploadUrls().get(0);
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("java.class.path");
            // The URL carries the upload token: it goes to curl through its config on stdin, not its command line.
            ProcessBuilder pb = new ProcessBuilder(
                    "bash",
                    "-c",
                    "set -o pipefail; '" + java + "' -cp '" + cp + "' ReceiverBench tar " + mib
                            + " | curl -sS --fail -T - -o /dev/null -K /dev/fd/3 3<<EOF\nurl = \"$NIXPACKS_URL\"\nEOF");
            pb.environment().put("NIXPACKS_URL", url);
            pb.inheritIO();
            System.gc();
            sampler.start();
            long t0 = System.nanoTime();
            int rc = pb.start().waitFor();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            sampler.stop();
            Map<Integer, Long> arrived = ch.arrived();
            long bytes = arrived.getOrDefault(0, -1L);
            double mbps = bytes / 1e6 / (ms / 1000.0);
            String json = String.format(
                    Locale.ROOT,
                    "{\"sentMiB\": %d, \"curlExit\": %d, \"bytesStored\": %d, \"millis\": %d, \"mbPerSecond\": %.1f,"
                            + " \"maxHeapMiB\": %.1f, \"peakHeapUsedMiB\": %.1f, \"peakHeapAfterGcMiB\": %.1f,"
                            + " \"peakSampledUsedMiB\": %.1f}%n",
                    mib,
                    rc,
                    bytes,
                    ms,
                    mbps,
                    Runtime.getRuntime().maxMemory() / 1048576.0,
                    sampler.poolPeaks() / 1048576.0,
                    sampler.maxAfterGc / 1048576.0,
                    sampler.maxUsed / 1048576.0);
            System.out.print(json);
            Files.writeString(result, json, StandardCharsets.UTF_8);
            ch.discard();
            if (rc != 0 || bytes <= 0) {
                System.exit(1);
            }
        } finally {
            try (Stream<Path> s = Files.walk(uploads)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Samples heap use every 5 ms: the largest used heap, and the largest heap left after a collection. */
    private static final class Sampler implements Runnable {
        private final List<MemoryPoolMXBean> pools = new ArrayList<>();
        private volatile boolean running = true;
        volatile long maxUsed;
        volatile long maxAfterGc;
        private Thread thread;

        Sampler() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    pools.add(p);
                }
            }
        }

        void start() {
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long poolPeaks() {
            return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        @Override
        public void run() {
            while (running) {
                long used =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                long after = 0;
                for (MemoryPoolMXBean p : pools) {
                    if (p.getCollectionUsage() != null) {
                        after += p.getCollectionUsage().getUsed();
                    }
                }
                maxUsed = Math.max(maxUsed, used);
                maxAfterGc = Math.max(maxAfterGc, after);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** A tar of root/.npm with FILE_MIB-MiB files adding up to MIB MiB, written as it is generated. */
    static void writeTar(long mib, OutputStream raw) throws IOException {
        OutputStream out = new java.io.BufferedOutputStream(raw, 1 << 16);
        out.write(header("root/", '5', 0));
        out.write(header("root/.npm/", '5', 0));
        byte[] chunk = new byte[1 << 20];
        long seed = 0x9E3779B97F4A7C15L;
        long files = Math.max(1, mib / FILE_MIB);
        for (long f = 0; f < files; f++) {
            long size = (long) FILE_MIB << 20;
            out.write(header(String.format(Locale.ROOT, "root/.npm/blob-%04d", f), '0', size));
            for (long written = 0; written < size; written += chunk.length) {
                // xorshift bytes: incompressible, cheap, different in every chunk.
                for (int i = 0; i < chunk.length; i += 8) {
                    seed ^= seed << 13;
                    seed ^= seed >>> 7;
                    seed ^= seed << 17;
                    for (int b = 0; b < 8; b++) {
                        chunk[i + b] = (byte) (seed >>> (8 * b));
                    }
                }
                out.write(chunk);
            }
        }
        out.write(new byte[1024]);
        out.flush();
    }

    private static byte[] header(String name, char type, long size) {
        byte[] h = new byte[512];
        put(h, 0, name, 100);
        put(h, 100, type == '5' ? "0000755" : "0000644", 8);
        put(h, 108, "0000000", 8);
        put(h, 116, "0000000", 8);
        put(h, 124, String.format(Locale.ROOT, "%011o", size), 12);
        put(h, 136, String.format(Locale.ROOT, "%011o", 1_700_000_000L), 12);
        h[156] = (byte) type;
        put(h, 257, "ustar", 6);
        put(h, 263, "00", 2);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format(Locale.ROOT, "%06o", sum), 7);
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void put(byte[] h, int off, String s, int len) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, Math.min(b.length, len));
    }

    private ReceiverBench() {}
}
