package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A receiver in its own JVM, so a test can give it a small heap and read its heap use. Prints {@code HEAP <bytes>}
 * (used after GC) at start and after each upload, {@code LOG <line>} for each log line and {@code URL <upload url>};
 * stops when its stdin closes. Test helper.
 */
public final class ReceiverProcess {
    private ReceiverProcess() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TokenService tokens = new TokenService(MacFunction.randomHmacSha256());
        UploadSessions sessions = new UploadSessions();
        sessions.open("big#1", List.of("root/.npm"));
        UploadStore store = new UploadStore(Path.of(args[0]));
        ReceiverLog log = line -> {
            out.println("LOG " + line);
            out.println("HEAP " + usedHeapAfterGc());
        };
        Limits limits = Limits.defaults().withReadTimeout(Duration.ofMinutes(1));
        try (EmbeddedReceiver receiver =
                EmbeddedReceiver.start(new CacheUploadHandler(tokens, sessions, sessions, store, limits, log))) {
            out.println("HEAP " + usedHeapAfterGc());
            out.println("URL " + receiver.uploadUrl(tokens.issue("big#1", 0, Duration.ofHours(1))));
            while (System.in.read() >= 0) {
                // until the test closes our stdin
            }
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
