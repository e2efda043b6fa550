package io.jenkins.plugins.nixpacks.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.nixpacks.build.BuildException;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import io.jenkins.plugins.nixpacks.build.NixpacksBuild;
import io.jenkins.plugins.nixpacks.build.PlainText;
import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The command-line runner: the step's options as flags, an embedded receiver, any engine. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, System.console() != null, args));
    }

    /** Runs with everything on {@code out}, which is not a terminal (a test's buffer). */
    static int run(PrintStream out, String... argv) {
        return run(out, out, false, System.getenv(), argv);
    }

    /** One run with {@code env} as the process environment (CHANGE_ID, NIXPACKS_*, DOCKER_HOST). */
    static int run(PrintStream out, Map<String, String> env, String... argv) {
        return run(out, out, false, env, argv);
    }

    /**
     * @param out standard output: the log, or with --json the result
     * @param err standard error: the log with --json
     * @param terminal whether the log goes to a terminal, which keeps the build tools' colours
     */
    static int run(PrintStream out, PrintStream err, boolean terminal, String... argv) {
        return run(out, err, terminal, System.getenv(), argv);
    }

    private static int run(
            PrintStream out, PrintStream err, boolean terminal, Map<String, String> env, String... argv) {
        BuildResult result = new BuildResult();
        RunnerArgs a;
        try {
            a = RunnerArgs.parse(argv);
            if (!a.help && !a.planOnly && (a.options.image == null || a.options.image.isBlank())) {
                throw new IllegalArgumentException("--image is required (the tag of the built image)");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("(nixpacks-runner --help lists the options)");
            result.errorMessage = e.getMessage();
            result.errorKind = "usage";
            String file = RunnerArgs.resultJsonOf(argv);
            if (file != null) {
                writeQuietly(file, result, RunnerArgs.EXIT_USAGE, err);
            }
            return RunnerArgs.EXIT_USAGE;
        }
        if (a.help) {
            out.println(RunnerArgs.USAGE);
            return RunnerArgs.EXIT_BUILT;
        }
        a.options.decideTrust(env, a.untrusted);
        PrintStream logStream = a.json ? err : out;
        BuildLog log = BuildLog.of(logStream);
        if (!terminal) {
            log = PlainText.of(log);
        }
        if (a.quiet) {
            BuildLog loud = log;
            log = new BuildLog() {
                @Override
                public void line(String message) {}

                @Override
                public void warn(String message) {
                    loud.warn(message);
                }
            };
        }
        int code = build(a, env, log, logStream, result);
        if (a.resultJson != null) {
            writeQuietly(a.resultJson, result, code, logStream);
        }
        if (a.json) {
            try {
                out.println(json(result, code));
            } catch (IOException e) {
                err.println("ERROR: could not write the result as JSON: " + e.getMessage());
            }
        }
        return code;
    }

    private static int build(
            RunnerArgs a, Map<String, String> env, BuildLog log, PrintStream logStream, BuildResult result) {
        Path workspace = Path.of("").toAbsolutePath();
        String buildId = "runner-" + UUID.randomUUID();
        try {
            RegistryCredentials credentials = credentials(a, env);
            configOutsideTheApp(a, workspace);
            String dockerHost = a.dockerHost != null ? a.dockerHost : env.get("DOCKER_HOST");
            NixpacksBuild.Request request =
                    new NixpacksBuild.Request(workspace, env, a.options, credentials, dockerHost, buildId, null, null);
            if (a.planOnly && a.format.equals("json")) {
                // stdout holds only the plan, so it can be piped; notes go to stderr.
                logStream.print(NixpacksBuild.planJson(request, BuildLog.of(System.err)));
                return RunnerArgs.EXIT_BUILT;
            }
            if (a.planOnly) {
                NixpacksBuild.preview(request).forEach(logStream::println);
                return RunnerArgs.EXIT_BUILT;
            }
            List<String> dirs = NixpacksBuild.cacheLayerPaths(request);
            try (LocalReceiver receiver = LocalReceiver.start(receiverLog(log, a.verbose))) {
                UploadChannel channel = dirs.isEmpty() ? null : receiver.open(buildId, dirs);
                NixpacksBuild.run(
                        new NixpacksBuild.Request(
                                workspace, env, a.options, credentials, dockerHost, buildId, channel, null),
                        log,
                        result,
                        RunnerArgs.NAMES);
                return RunnerArgs.EXIT_BUILT;
            }
        } catch (BuildException e) {
            String message = RunnerArgs.NAMES.apply(e.getMessage());
            fail(logStream, result, message, e.kind().name().toLowerCase(java.util.Locale.ROOT));
            return switch (e.kind()) {
                case USAGE -> RunnerArgs.EXIT_USAGE;
                case CACHE -> RunnerArgs.EXIT_CACHE_FAULT;
                case BUILD -> RunnerArgs.EXIT_FAILED;
            };
        } catch (IOException | RuntimeException e) {
            fail(logStream, result, e.getMessage() != null ? e.getMessage() : e.toString(), "io");
            return RunnerArgs.EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(logStream, result, "interrupted", "interrupted");
            return RunnerArgs.EXIT_INTERRUPTED;
        }
    }

    private static void fail(PrintStream logStream, BuildResult result, String message, String kind) {
        if (result.errorMessage == null) {
            result.errorMessage = message;
            result.errorKind = kind;
        }
        // Not through the log: an error shows also with --quiet.
        logStream.println("ERROR: " + message);
    }

    /**
     * The receiver's lines in a person's words: each accepted upload is told again by the "cache: saved" line, so it
     * shows only with --verbose; a refused upload is a warning.
     */
    private static BuildLog receiverLog(BuildLog log, boolean verbose) {
        return m -> {
            if (m.startsWith("receiver: Accepted cache ")) {
                if (verbose) {
                    log.line(m);
                }
            } else {
                log.warn(m);
            }
        };
    }

    /**
     * A --config file that is not in the app but exists from the current folder (or is absolute) is read from
     * there, as a user of any CLI expects.
     */
    private static void configOutsideTheApp(RunnerArgs a, Path workspace) {
        String c = a.options.configFile;
        if (c == null || c.isBlank()) {
            return;
        }
        Path app =
                workspace.resolve(a.options.path == null ? "." : a.options.path).normalize();
        Path given = Path.of(c);
        Path inApp = app.resolve(c).normalize();
        if (!given.isAbsolute() && inApp.startsWith(app) && Files.isRegularFile(inApp)) {
            return;
        }
        Path fromHere = workspace.resolve(given).normalize();
        if (Files.isRegularFile(fromHere)) {
            a.options.configFile = fromHere.toString();
        }
    }

    private static RegistryCredentials credentials(RunnerArgs a, Map<String, String> env)
            throws BuildException, IOException {
        if (a.registryUser == null) {
            return null;
        }
        String password = env.get("NIXPACKS_REGISTRY_PASSWORD");
        if (a.registryPasswordFile != null) {
            Path file = Path.of(a.registryPasswordFile);
            if (!Files.isReadable(file)) {
                throw new BuildException(
                        BuildException.Kind.USAGE,
                        "--registry-password-file " + file + " does not exist or cannot be read",
                        null);
            }
            password = Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        if (password == null) {
            throw new BuildException(
                    BuildException.Kind.USAGE,
                    "--registry-user needs --registry-password-file or NIXPACKS_REGISTRY_PASSWORD",
                    null);
        }
        return RegistryCredentials.of(a.registryUser, password);
    }

    static String json(BuildResult result, int exitCode) throws IOException {
        Map<String, Object> m = result.toMap();
        m.put("exitCode", exitCode);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
    }

    private static void writeQuietly(String file, BuildResult result, int exitCode, PrintStream err) {
        try {
            Files.writeString(Path.of(file), json(result, exitCode) + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("ERROR: could not write --result-json " + file + ": " + e.getMessage());
        }
    }
}
