package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;

/**
 * PHP, after Nixpacks' {@code providers/php}: {@code composer install --ignore-platform-reqs}. Nixpacks serves
 * through nginx and php-fpm from Nix; the official CLI image has neither, so the app is served by PHP's built-in
 * server from {@code public/} when there is one.
 */
final class PhpProvider implements Provider {
    static final String DEFAULT_PHP = "8.3";
    private static final List<String> KNOWN_PHP = List.of("7.4", "8.0", "8.1", "8.2", "8.3", "8.4");

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
        String php = DEFAULT_PHP;
        Phase.Builder setup = Phase.builder();
        Phase.Builder install = Phase.builder().dependsOn("setup");
        if (composer) {
            JsonNode json = app.readJson("composer.json");
            String wanted = Versions.majorMinor(json.path("require").path("php").asText(""));
            if (wanted != null && KNOWN_PHP.contains(wanted)) {
                php = wanted;
            }
            // Composer unpacks dists with unzip and fetches source packages with git.
            setup.aptPkgs(List.of("git", "unzip"));
            install.cmd("curl -fsSL https://getcomposer.org/installer"
                            + " | php -- --install-dir=/usr/local/bin --filename=composer")
                    .cmd("composer install --ignore-platform-reqs");
        }
        BuildPlan.Builder plan = BuildPlan.builder();
        if (composer) {
            installInputs(app, app.readJson("composer.json")).applyTo("install", install, plan);
        }
        plan.buildImage("php:" + php + "-cli-bookworm")
                .variable("PORT", "80")
                .phase("setup", setup.build())
                .phase("install", install.build());
        if (app.isFile("artisan")) {
            plan.variable("IS_LARAVEL", "yes");
        }
        String root = app.isDirectory("public") ? "public" : ".";
        plan.startCmd("php -S 0.0.0.0:${PORT:-80} -t " + root);
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
