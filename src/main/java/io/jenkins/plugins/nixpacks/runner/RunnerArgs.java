package io.jenkins.plugins.nixpacks.runner;

import io.jenkins.plugins.nixpacks.build.BuildOptions;
import io.jenkins.plugins.nixpacks.build.OptionNames;
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
    /** Someone else's code (a pull request): restore only unless --save-cache. */
    boolean untrusted;

    boolean planOnly;
    /** How --plan-only prints: {@code text} (the plan and the Dockerfile) or {@code json} (as nixpacks plan). */
    String format = "text";

    boolean help;
    boolean quiet;
    boolean json;
    boolean verbose;

    /** Exit codes, as --help documents them. */
    static final int EXIT_BUILT = 0;

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_CACHE_FAULT = 3;
    static final int EXIT_INTERRUPTED = 130;

    static final String USAGE = String.join(
            "\n",
            "usage: nixpacks-runner [options] [PATH]",
            "",
            "Builds PATH (default .) into an image, Nixpacks-style or from its Dockerfile, on a Docker engine,",
            "with the incremental cache carried through a registry image.",
            "",
            "Build an image:",
            "  --image NAME                 tag of the built image (required unless --plan-only)",
            "  --push                       push the image after the build",
            "  --docker-host URI            engine to use (default: DOCKER_HOST or unix:///var/run/docker.sock)",
            "  --network MODE               network mode of build containers (default: host)",
            "  --build-arg K=V, --label K=V repeatable",
            "  example: nixpacks-runner --image registry.example.com/team/app:42 --push .",
            "",
            "Choose what is built (the plan):",
            "  --provider NAME              provider instead of detection, repeatable",
            "  --config FILE                config file instead of nixpacks.toml/nixpacks.json (in PATH, or any",
            "                               existing file: relative to the current folder, or absolute)",
            "  --build-image NAME           image of the build stage",
            "  --run-image NAME             image of the run stage",
            "  --install-cmd CMD, --build-cmd CMD, --start-cmd CMD",
            "  --apt PKG                    apt package for the build and run stages, repeatable",
            "  --env K=V                    plan variable, repeatable",
            "  --dockerfile FILE            build this Dockerfile instead of a plan",
            "  --ignore-dockerfile          plan even if the project has a Dockerfile",
            "  --no-error-without-start     build an image without CMD when there is no start command",
            "  --plan-out FILE              write the resolved plan as JSON",
            "  --plan-only                  print the plan and the Dockerfile, build nothing",
            "  --format text|json           with --plan-only: json prints only the plan, as nixpacks plan does",
            "  example: nixpacks-runner --plan-only --build-cmd 'npm run build' web/",
            "",
            "Carry build-tool caches (~/.npm, ~/.m2, ...) between hosts:",
            "  --cache-image NAME           turn the incremental cache on: registry/app-cache:tag",
            "  --cache-from NAME            read-only fallback cache image, repeatable, tried in order; its",
            "                               layer-cache image is a fallback too (a branch's first build takes main's)",
            "  --untrusted                  someone else's code (a pull request): restore only, unless --save-cache;",
            "                               also implied when CHANGE_ID is set, as in a Jenkins pull-request build",
            "  --save-cache                 save the cache even in an untrusted build",
            "  --no-save-cache              restore only",
            "  --cache-dir DIR              extra cache directory, repeatable",
            "  --strict-cache               cache faults fail the build (exit code 3)",
            "  example: nixpacks-runner --image reg.example.com/app:42 --cache-image reg.example.com/app-cache:main \\",
            "               --cache-from reg.example.com/app-cache:develop .",
            "",
            "Reuse docker layers:",
            "  --layer-cache-from NAME      previous image as docker layer cache, repeatable",
            "  --no-cache                   build without the docker layer cache",
            "  example: nixpacks-runner --image reg.example.com/app:42 --layer-cache-from reg.example.com/app:41 .",
            "",
            "Reach the registry:",
            "  --registry-url URL           registry URL with scheme (for plain-HTTP or non-default registries)",
            "  --registry-user NAME         registry username",
            "  --registry-password-file F   file holding the registry password (or NIXPACKS_REGISTRY_PASSWORD)",
            "  example: nixpacks-runner --image reg.example.com/app:42 --push --registry-user ci \\",
            "               --registry-password-file ~/.config/registry-password .",
            "",
            "Output, for people and for scripts:",
            "  --quiet                      only warnings and errors",
            "  --json                       the result as JSON on standard output; the log goes to standard error",
            "  --result-json FILE           write the result as JSON, also when the build fails (with the error)",
            "  --verbose                    also the receiver's line for every cache upload",
            "  -h, --help",
            "  Colours and progress redraws are removed when the output is not a terminal (a CI console, a file).",
            "  example: nixpacks-runner --image app:dev --quiet --result-json out/result.json .",
            "",
            "Exit codes:",
            "  0    built (and pushed, with --push)",
            "  1    the build failed: the plan, the Dockerfile, a build step, the engine or the push",
            "  2    usage error: an unknown or malformed option, a missing --image; nothing was built",
            "  3    a cache fault under --strict-cache (without it, a cache fault is a warning and a miss)",
            "  130  interrupted");

    /**
     * The core's option names (the Jenkins step's) as this front end spells them, so messages name the flags a
     * runner user types.
     */
    static final OptionNames NAMES = OptionNames.of(Map.ofEntries(
            Map.entry("cacheImage", "--cache-image"),
            Map.entry("cacheFrom", "--cache-from"),
            Map.entry("saveCache: true", "--save-cache"),
            Map.entry("saveCache: false", "--no-save-cache"),
            Map.entry("saveCache is off", "--no-save-cache is set"),
            Map.entry("saveCache", "--no-save-cache"),
            Map.entry("strictCache", "--strict-cache"),
            Map.entry("cacheDirectories", "--cache-dir"),
            Map.entry("layerCacheFrom", "--layer-cache-from"),
            Map.entry("noCache", "--no-cache"),
            Map.entry("registryUrl", "--registry-url"),
            Map.entry("registryCredentialsId", "--registry-user and --registry-password-file"),
            Map.entry("networkMode", "--network"),
            Map.entry("configFile", "--config"),
            // Phrases, not names: "buildImage" alone is also the nixpacks.toml key.
            Map.entry("the step's buildImage", "--build-image"),
            Map.entry("the step's startCmd", "--start-cmd"),
            Map.entry("planFile", "--plan-out"),
            Map.entry("'path'", "PATH")));

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
                case "--no-save-cache" -> o.saveCache = Boolean.FALSE;
                case "--save-cache" -> o.saveCache = Boolean.TRUE;
                case "--untrusted" -> a.untrusted = true;
                case "--strict-cache" -> o.strictCache = true;
                case "--no-cache" -> o.noCache = true;
                case "--ignore-dockerfile" -> o.ignoreDockerfile = true;
                case "--plan-only" -> a.planOnly = true;
                case "--quiet", "-q" -> a.quiet = true;
                case "--json" -> a.json = true;
                case "--verbose", "-v" -> a.verbose = true;
                case "--no-error-without-start" -> o.noErrorWithoutStart = true;
                default -> {
                    if (!arg.startsWith("-")) {
                        positional.add(arg);
                        continue;
                    }
                    if (value == null) {
                        if (i + 1 >= argv.length) {
                            // An unknown flag is told as such, not as one that lacks its value.
                            set(new RunnerArgs(), arg, "K=V");
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

    /** The --result-json file of a command line that did not parse, so even a usage error leaves a result. */
    static String resultJsonOf(String... argv) {
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].startsWith("--result-json=")) {
                return argv[i].substring("--result-json=".length());
            }
            if (argv[i].equals("--result-json") && i + 1 < argv.length) {
                return argv[i + 1];
            }
        }
        return null;
    }

    private static void put(Map<String, String> map, String flag, String kv) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(flag + " takes KEY=VALUE, got '" + kv + "'");
        }
        map.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
}
