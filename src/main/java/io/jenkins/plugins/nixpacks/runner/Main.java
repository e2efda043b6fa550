package io.jenkins.plugins.nixpacks.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.nixpacks.build.BuildException;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import io.jenkins.plugins.nixpacks.build.NixpacksBuild;
import io.jenkins.plugins.nixpacks.build.UploadChannel;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** The command-line runner: the step's options as flags, an embedded receiver, any engine. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    static int run(PrintStream out, String... argv) {
        RunnerArgs a;
        try {
            a = RunnerArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println(RunnerArgs.USAGE);
            return 2;
        }
        if (a.help) {
            out.println(RunnerArgs.USAGE);
            return 0;
        }
        BuildLog log = BuildLog.of(out);
        Path workspace = Path.of("").toAbsolutePath();
        String buildId = "runner-" + UUID.randomUUID();
        Path uploads = null;
        try {
            RegistryCredentials credentials = credentials(a);
            String dockerHost = a.dockerHost != null ? a.dockerHost : System.getenv("DOCKER_HOST");
            NixpacksBuild.Request request = new NixpacksBuild.Request(
                    workspace, System.getenv(), a.options, credentials, dockerHost, buildId, null, null);
            if (a.planOnly && a.format.equals("json")) {
                // stdout holds only the plan, so it can be piped; notes go to stderr.
                out.print(NixpacksBuild.planJson(request, BuildLog.of(System.err)));
                return 0;
            }
            if (a.planOnly) {
                NixpacksBuild.preview(request).forEach(out::println);
                return 0;
            }
            List<String> dirs = NixpacksBuild.cacheLayerPaths(request);
            uploads = Files.createTempDirectory("nixpacks-uploads-");
            try (LocalReceiver receiver = LocalReceiver.start(uploads, log)) {
                UploadChannel channel = dirs.isEmpty() ? null : receiver.open(buildId, dirs);
                BuildResult result = NixpacksBuild.run(
                        new NixpacksBuild.Request(
                                workspace, System.getenv(), a.options, credentials, dockerHost, buildId, channel, null),
                        log);
                if (a.resultJson != null) {
                    new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValue(Path.of(a.resultJson).toFile(), result.toMap());
                }
                return 0;
            }
        } catch (BuildException e) {
            out.println("ERROR: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("ERROR: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("ERROR: interrupted");
            return 130;
        } finally {
            io.jenkins.plugins.nixpacks.build.TempFiles.deleteTree(uploads);
        }
    }

    private static RegistryCredentials credentials(RunnerArgs a) throws BuildException, IOException {
        if (a.registryUser == null) {
            return null;
        }
        String password = System.getenv("NIXPACKS_REGISTRY_PASSWORD");
        if (a.registryPasswordFile != null) {
            password = Files.readString(Path.of(a.registryPasswordFile), StandardCharsets.UTF_8)
                    .strip();
        }
        if (password == null) {
            throw new BuildException("--registry-user needs --registry-password-file or NIXPACKS_REGISTRY_PASSWORD");
        }
        return RegistryCredentials.of(a.registryUser, password);
    }
}
