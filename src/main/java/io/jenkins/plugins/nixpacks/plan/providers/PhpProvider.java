package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.List;

/**
 * PHP as Nixpacks serves it ({@code providers/php}): nginx in front of php-fpm, {@code composer install
 * --ignore-platform-reqs}, and for apps with a package.json (Laravel) Node's install and {@code prod}/{@code build}
 * script. PHP, php-fpm, nginx, Composer and Node all come from Debian's packages, which apt pins and checks, not
 * from a download at build time. The PHP version is the Debian release's: 8.4 (trixie), or 8.2 (bookworm) when
 * composer.json asks for PHP below 8.3.
 */
final class PhpProvider implements Provider {
    static final String NGINX_ASSET = "nginx.conf";
    static final String FPM_ASSET = "php-fpm.conf";

    @Override
    public String name() {
        return "php";
    }

    @Override
    public String lookedFor() {
        return "composer.json or index.php";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("composer.json") || app.isFile("index.php");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        boolean composer = app.isFile("composer.json");
        boolean bookworm = false;
        if (composer) {
            String wanted = Versions.majorMinor(
                    app.readJson("composer.json").path("require").path("php").asText(""));
            bookworm = wanted != null && wanted.compareTo("8.3") < 0;
        }
        String php = bookworm ? "8.2" : "8.4";
        List<String> run = List.of(
                "php" + php + "-fpm",
                "php" + php + "-cli",
                "php" + php + "-mbstring",
                "php" + php + "-xml",
                "php" + php + "-curl",
                "php" + php + "-zip",
                "php" + php + "-mysql",
                "php" + php + "-pgsql",
                "php" + php + "-sqlite3",
                "nginx");
        // php-fpm, its extensions and nginx serve the app; composer, git, unzip and Node are for the build only.
        List<String> apt = new ArrayList<>(run);
        Phase.Builder install =
                Phase.builder().dependsOn("setup").cmd("mkdir -p /var/log/nginx && mkdir -p /var/cache/nginx");
        if (composer) {
            apt.addAll(List.of("composer", "git", "unzip"));
            install.cmd("composer install --ignore-platform-reqs");
        }
        BuildPlan.Builder plan = BuildPlan.builder()
                .buildImage("debian:" + (bookworm ? "bookworm" : "trixie") + "-slim")
                .variable("PORT", "80");
        Phase.Builder build = null;
        if (app.isFile("package.json")) {
            JsonNode pkg = NodeProvider.packageJson(app);
            String pm = NodeProvider.packageManager(app, pkg);
            apt.addAll(List.of("nodejs", "npm"));
            install.cmd(NodeProvider.installCommand(app, pm));
            if (NodeProvider.hasScript(pkg, "prod")) {
                build = Phase.builder().dependsOn("install").cmd(pm + " run prod");
            } else if (NodeProvider.hasScript(pkg, "build")) {
                build = Phase.builder().dependsOn("install").cmd(pm + " run build");
            }
        }
        boolean laravel = app.isFile("artisan");
        String root = env.config("PHP_ROOT_DIR");
        if (laravel) {
            plan.variable("IS_LARAVEL", "yes");
            if (root == null) {
                root = "/app/public";
                plan.variable("NIXPACKS_PHP_ROOT_DIR", root);
            }
        }
        String fallback = env.config("PHP_FALLBACK_PATH");
        if (fallback == null && laravel) {
            fallback = "/index.php";
        }
        if (composer) {
            InstallInputs inputs = installInputs(app, app.readJson("composer.json"));
            if (app.isFile("package.json")) {
                // The same install runs the Node install, which reads what NodeProvider's inputs list.
                inputs.wholeApp("the install also runs the Node install");
            }
            inputs.applyTo("install", install, plan);
        }
        plan.phase("setup", Phase.builder().aptPkgs(apt).build()).phase("install", install.build());
        if (build != null) {
            plan.phase("build", build.build());
        }
        plan.staticAsset(NGINX_ASSET, PhpServing.nginxConf(root == null ? "/app" : root, fallback, laravel))
                .staticAsset(FPM_ASSET, PhpServing.FPM_CONF);
        String template = app.isFile("nginx.conf")
                ? "/app/nginx.conf"
                : app.isFile("nginx.template.conf") ? "/app/nginx.template.conf" : "/assets/" + NGINX_ASSET;
        plan.startCmd(PhpServing.start(template, php)).runAptPkgs(run);
        return plan.build();
    }

    /** Composer events that run during composer install, with whatever they read. */
    private static final List<String> INSTALL_EVENTS = List.of(
            "pre-install-cmd",
            "post-install-cmd",
            "pre-autoload-dump",
            "post-autoload-dump",
            "pre-package-install",
            "post-package-install",
            "post-root-package-install");

    /**
     * composer.json, its lock and auth.json. The whole app is copied first when the install reads more: a script
     * on an install event (Laravel's package:discover runs artisan), a classmap or an optimized autoloader (both
     * scan the sources), a path repository.
     */
    static InstallInputs installInputs(App app, JsonNode json) {
        InstallInputs inputs = new InstallInputs(app)
                .add("composer.json")
                .add("composer.lock")
                .add("auth.json")
                .output("vendor");
        for (String event : INSTALL_EVENTS) {
            if (!json.path("scripts").path(event).isMissingNode()) {
                inputs.wholeApp("composer.json runs scripts on " + event);
            }
        }
        for (String section : List.of("autoload", "autoload-dev")) {
            if (!json.path(section).path("classmap").isMissingNode()) {
                inputs.wholeApp("composer.json's " + section + " has a classmap, which composer builds by scanning"
                        + " the sources");
            }
        }
        JsonNode config = json.path("config");
        if (config.path("optimize-autoloader").asBoolean(false)
                || config.path("classmap-authoritative").asBoolean(false)) {
            inputs.wholeApp("composer.json asks for an optimized autoloader, which scans the sources");
        }
        for (JsonNode repo : json.path("repositories")) {
            if (repo.path("type").asText("").equals("path")) {
                inputs.wholeApp("composer.json has a path repository ("
                        + repo.path("url").asText("") + ")");
            }
        }
        return inputs;
    }
}
