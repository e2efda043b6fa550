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
        BuildPlan.Builder plan = BuildPlan.builder()
                .buildImage("php:" + php + "-cli-bookworm")
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
}
