package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A receiver in a JVM of its own, so that a test can give it a small heap and read its heap use. It opens one session,
 * {@code big#1} with the single directory {@code root/.npm}, under the default limits, and prints {@code TOKEN <encoded
 * token of dir 0>}, {@code URL <base url>} and then {@code LOG <line>} for each line of the receiver. On stdin it takes
 * {@code heap} (prints {@code HEAP <bytes used after GC>}) and {@code ledger} (prints {@code LEDGER <bytes counted>
 * <digests accepted for dir 0, or ->}); it stops when its stdin closes. Test helper.
 */
public final class ReceiverProcess {
    private ReceiverProcess() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TokenService tokens = new TokenService(MacFunction.randomHmacSha256());
        UploadSessions sessions = new UploadSessions();
        sessions.open("big#1", List.of("root/.npm"));
        UploadLedger ledger = new UploadLedger();
        ReceiverLog log = line -> out.println("LOG " + line);
        CacheUploadHandler handler = new CacheUploadHandler(tokens, sessions, sessions, ledger, Limits.defaults(), log);
        try (EmbeddedReceiver receiver = EmbeddedReceiver.start(handler)) {
            out.println("TOKEN " + tokens.issue("big#1", 0, Duration.ofHours(1)).encoded());
            out.println("URL " + receiver.baseUrl());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = in.readLine()) != null) {
                switch (command) {
                    case "heap" -> out.println("HEAP " + usedHeapAfterGc());
                    case "ledger" -> {
                        UploadLedger.Accepted a = ledger.accepted("big#1").get(0);
                        out.println("LEDGER " + ledger.totalBytes() + " "
                                + (a == null
                                        ? "-"
                                        : a.layers().stream()
                                                .map(Object::toString)
                                                .collect(Collectors.joining(","))));
                    }
                    default -> out.println("UNKNOWN " + command);
                }
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
