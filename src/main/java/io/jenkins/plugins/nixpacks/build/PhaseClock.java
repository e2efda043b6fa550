package io.jenkins.plugins.nixpacks.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the phases of a classic docker build from its output: each "Step n/m : ..." line starts instruction n, which
 * belongs to the phase whose {@code # <name> phase} comment precedes it in the Dockerfile. A project's own
 * Dockerfile, which has no such comments, is timed per stage.
 */
final class PhaseClock {
    private static final Pattern STEP = Pattern.compile("^Step (\\d+)/\\d+ : ");
    private static final Pattern PHASE = Pattern.compile("^#\\s*(\\S+) phase\\s*$");
    private static final Pattern FROM = Pattern.compile("(?i)^FROM\\s+\\S+(?:\\s+AS\\s+(\\S+))?.*");

    /** The group of each instruction, index 0 for step 1. */
    private final List<String> groups;

    private final LongSupplier clock;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private int open = -1;
    private long openedAt;

    PhaseClock(String dockerfile) {
        this(dockerfile, () -> System.nanoTime() / 1_000_000);
    }

    PhaseClock(String dockerfile, LongSupplier millisClock) {
        this.groups = groups(dockerfile);
        this.clock = millisClock;
    }

    static List<String> groups(String dockerfile) {
        String[] lines = dockerfile.split("\n", -1);
        boolean generated = false;
        for (String l : lines) {
            if (PHASE.matcher(l.strip()).matches()) {
                generated = true;
            }
        }
        List<String> out = new ArrayList<>();
        String group = generated ? "base image" : "docker build";
        int stage = 0;
        boolean continued = false;
        for (String raw : lines) {
            String l = raw.strip();
            if (continued) {
                continued = l.endsWith("\\");
                continue;
            }
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("#")) {
                if (generated) {
                    Matcher p = PHASE.matcher(l);
                    if (p.matches()) {
                        group = "phase " + p.group(1);
                    } else if (l.equals("# after the last phase")) {
                        group = "after the phases";
                    } else if (l.equals("# the app without its cache folders")) {
                        group = "app stage";
                    } else if (l.equals("# run stage")) {
                        group = "run stage";
                    }
                }
                continue;
            }
            Matcher from = FROM.matcher(l);
            if (!generated && from.matches()) {
                stage++;
                group = "stage " + (from.group(1) != null ? from.group(1) : String.valueOf(stage));
            }
            out.add(group);
            continued = l.endsWith("\\");
        }
        return out;
    }

    /** {@code log}, with its lines watched for steps. */
    BuildLog watch(BuildLog log) {
        return new BuildLog() {
            @Override
            public void line(String message) {
                see(message);
                log.line(message);
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }
        };
    }

    synchronized void see(String line) {
        Matcher m = STEP.matcher(line);
        if (m.find()) {
            close();
            open = Integer.parseInt(m.group(1)) - 1;
            openedAt = clock.getAsLong();
        } else if (line.startsWith("Successfully built ")) {
            close();
        }
    }

    /** Ends the step still open (the build ended or failed in it). */
    synchronized void finish() {
        close();
    }

    private void close() {
        if (open >= 0) {
            // Steps past the Dockerfile's are the engine's own (the LABEL of the build's labels): the last stage's.
            String g = open < groups.size()
                    ? groups.get(open)
                    : groups.isEmpty() ? "docker build" : groups.get(groups.size() - 1);
            millis.merge(g, clock.getAsLong() - openedAt, Long::sum);
            open = -1;
        }
    }

    /** Milliseconds per group, in the order the groups first ran. */
    synchronized Map<String, Long> millis() {
        return new LinkedHashMap<>(millis);
    }
}
