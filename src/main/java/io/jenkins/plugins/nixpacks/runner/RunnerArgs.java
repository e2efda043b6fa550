package io.jenkins.plugins.nixpacks.runner;

import io.jenkins.plugins.nixpacks.build.BuildOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The runner's command line: the step's options as {@code --kebab-case} flags, plus where the engine and secrets are. */
final class RunnerArgs {
    final BuildOptions options = new BuildOptions();
    String dockerHost;
    String registryUser;
    /** A file holding the registry password, so it never appears in a process listing. */
    String registryPasswordFile;

    String resultJson;
    boolean planOnly;
    /** How --plan-only prints: {@code text} (the plan and the Dockerfile) or {@code json} (as nixpacks plan). */
    String format = "text";

    boolean help;

    static final String USAGE = String.join(
            "\n",
            "usage: nixpacks-runner [options] [PATH]",
            "",
            "Builds PATH (default .) into an image, Nixpacks-style or from its Dockerfile, on a Docker engine,",
            "with the incremental cache carried through a registry image.",
            "",
            "  --image NAME                 tag of the built image (required unless --plan-only)",
            "  --push                       push the image after the build",
            "  --docker-host URI            engine to use (default: DOCKER_HOST or unix:///var/run/docker.sock)",
            "  --network MODE               network mode of build containers (default: host)",
            "  --cache-image NAME           turn the incremental cache on: registry/app-cache:tag",
            "  --cache-from NAME            read-only fallback cache image, repeatable, tried in order",
            "  --no-save-cache              restore only (for untrusted builds)",
            "  --cache-dir DIR              extra cache directory, repeatable",
            "  --strict-cache               cache faults fail the build",
            "  --layer-cache-from NAME      previous image as docker layer cache, repeatable",
            "  --no-cache                   build without the docker layer cache",
            "  --registry-url URL           registry URL with scheme (for plain-HTTP or non-default registries)",
            "  --registry-user NAME         registry username",
            "  --registry-password-file F   file holding the registry password",
            "  --provider NAME              provider instead of detection, repeatable",
            "  --config FILE                config file instead of nixpacks.toml/nixpacks.json",
            "  --build-image NAME           image of the build stage",
            "  --run-image NAME             image of the run stage",
            "  --install-cmd CMD, --build-cmd CMD, --start-cmd CMD",
            "  --apt PKG                    apt package for the setup phase, repeatable",
            "  --env K=V                    plan variable, repeatable",
            "  --build-arg K=V, --label K=V repeatable",
            "  --dockerfile FILE            build this Dockerfile instead of a plan",
            "  --ignore-dockerfile          plan even if the project has a Dockerfile",
            "  --no-error-without-start     build an image without CMD when there is no start command",
            "  --plan-out FILE              write the resolved plan as JSON",
            "  --plan-only                  print the plan and the Dockerfile, build nothing",
            "  --format text|json           with --plan-only: json prints only the plan, as nixpacks plan does",
            "  --result-json FILE           write the build result as JSON",
            "  -h, --help");

    static RunnerArgs parse(String... argv) {
        RunnerArgs a = new RunnerArgs();
        BuildOptions o = a.options;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-h", "--help" -> a.help = true;
                case "--push" -> o.push = true;
                case "--no-save-cache" -> o.saveCache = false;
                case "--strict-cache" -> o.strictCache = true;
                case "--no-cache" -> o.noCache = true;
                case "--ignore-dockerfile" -> o.ignoreDockerfile = true;
                case "--plan-only" -> a.planOnly = true;
                case "--no-error-without-start" -> o.noErrorWithoutStart = true;
                default -> {
                    if (!arg.startsWith("-")) {
                        positional.add(arg);
                        continue;
                    }
                    if (value == null) {
                        if (i + 1 >= argv.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        value = argv[++i];
                    }
                    set(a, arg, value);
                }
            }
        }
        if (positional.size() > 1) {
            throw new IllegalArgumentException("one PATH only, got " + positional);
        }
        if (!positional.isEmpty()) {
            o.path = positional.get(0);
        }
        return a;
    }

    private static void set(RunnerArgs a, String flag, String v) {
        BuildOptions o = a.options;
        switch (flag) {
            case "--image" -> o.image = v;
            case "--docker-host" -> a.dockerHost = v;
            case "--network" -> o.networkMode = v;
            case "--cache-image" -> o.cacheImage = v;
            case "--cache-from" -> o.cacheFrom.add(v);
            case "--cache-dir" -> o.cacheDirectories.add(v);
            case "--layer-cache-from" -> o.layerCacheFrom.add(v);
            case "--registry-url" -> o.registryUrl = v;
            case "--registry-user" -> a.registryUser = v;
            case "--registry-password-file" -> a.registryPasswordFile = v;
            case "--provider" -> o.providers.add(v);
            case "--config" -> o.configFile = v;
            case "--build-image" -> o.buildImage = v;
            case "--run-image" -> o.runImage = v;
            case "--install-cmd" -> o.installCmd = v;
            case "--build-cmd" -> o.buildCmd = v;
            case "--start-cmd" -> o.startCmd = v;
            case "--apt" -> o.aptPkgs.add(v);
            case "--env" -> put(o.variables, flag, v);
            case "--build-arg" -> put(o.buildArgs, flag, v);
            case "--label" -> put(o.labels, flag, v);
            case "--dockerfile" -> o.dockerfile = v;
            case "--plan-out" -> o.planFile = v;
            case "--result-json" -> a.resultJson = v;
            case "--format" -> {
                if (!v.equals("text") && !v.equals("json")) {
                    throw new IllegalArgumentException("--format takes text or json, got '" + v + "'");
                }
                a.format = v;
            }
            default -> throw new IllegalArgumentException("unknown option " + flag + " (see --help)");
        }
    }

    private static void put(Map<String, String> map, String flag, String kv) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(flag + " takes KEY=VALUE, got '" + kv + "'");
        }
        map.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
}
